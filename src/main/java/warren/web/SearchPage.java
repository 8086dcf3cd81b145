package warren.web;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import warren.domain.search.Search;

/** {@code /search}: posts, comments, communities and people matching words. */
public final class SearchPage {
  static final int PAGE_SIZE = 20;
  public static final List<Sorts.Choice> TYPES = List.of(new Sorts.Choice("All", "Everything"),
      new Sorts.Choice("Posts", "Posts"), new Sorts.Choice("Comments", "Comments"),
      new Sorts.Choice("Communities", "Communities"), new Sorts.Choice("Users", "People"),
      new Sorts.Choice("Url", "Links"));

  private final Pages pages;
  private final Search search;

  SearchPage(Pages pages, Search search) {
    this.pages = pages;
    this.search = search;
  }

  /** The query as typed, and the result when there was a query. */
  public record Page(String q, String type, String sort, Search.Result result) {}

  void routes(HttpRules rules) {
    rules.get("/search", pages.page(this::show));
  }

  private void show(ServerRequest req, ServerResponse res) {
    String q = req.query().first("q").map(String::strip).orElse("");
    String type = req.query().first("type").orElse("All");
    String sort = req.query().first("sort").orElse("TopAll");
    Search.Result result = q.isEmpty() ? null : search.search(pages.auth().user(req),
        new Search.Query(q, null, null, null, type, sort, "All", 1, PAGE_SIZE));
    pages.render(res, "page/search.jte", Pages.params(pages.chrome(req, res), "page", new Page(q, type, sort, result)));
  }
}
