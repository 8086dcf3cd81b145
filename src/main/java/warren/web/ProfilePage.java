package warren.web;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import warren.domain.accounts.PersonDetails;
import warren.store.comment.CommentView;
import warren.store.post.PostView;

/** {@code /u/{name}}: a person's profile, with their posts and comments, and for yourself what you saved. */
public final class ProfilePage {
  static final int PAGE_SIZE = 20;
  /** The tabs, as the {@code view} query parameter names them. */
  public static final List<Sorts.Choice> TABS = List.of(new Sorts.Choice("overview", "Overview"),
      new Sorts.Choice("comments", "Comments"), new Sorts.Choice("posts", "Posts"), new Sorts.Choice("saved", "Saved"));

  private final Pages pages;
  private final PersonDetails people;

  ProfilePage(Pages pages, PersonDetails people) {
    this.pages = pages;
    this.people = people;
  }

  /** One entry of a profile's list: a post or a comment. */
  public record Item(PostView post, CommentView comment) {
    Instant published() {
      return post != null ? post.post().published() : comment.comment().published();
    }

    long score() {
      return post != null ? post.post().score() : comment.comment().score();
    }
  }

  public record Profile(PersonDetails.Profile profile, String view, String sort, int page, List<Item> items,
      boolean more, boolean self) {
    /** The link to another tab, sort or page of this profile. */
    public String link(String otherView, String otherSort, int otherPage) {
      return Names.path(profile.details().person()) + "?view=" + otherView + "&sort=" + Pages.encode(otherSort)
          + (otherPage > 1 ? "&page=" + otherPage : "");
    }
  }

  void routes(HttpRules rules) {
    rules.get("/u/{name}", pages.page(this::show));
  }

  private void show(ServerRequest req, ServerResponse res) {
    var me = pages.auth().user(req);
    String name = req.path().pathParameters().get("name");
    var person = people.find(null, name).person();
    boolean self = me.isPresent() && me.get().person().id() == person.id();
    String view = req.query().first("view").filter(v -> TABS.stream().anyMatch(t -> t.value().equals(v)))
        .filter(v -> self || !v.equals("saved")).orElse("overview");
    String sort = req.query().first("sort").orElse("New");
    int page = Pages.pageNumber(req);
    var profile = people.profile(me, new PersonDetails.Query(person.id(), null, sort, page, PAGE_SIZE, null,
        view.equals("saved")));
    List<Item> items = new ArrayList<>();
    if (!view.equals("comments")) profile.posts().forEach(p -> items.add(new Item(p, null)));
    if (!view.equals("posts")) profile.comments().forEach(c -> items.add(new Item(null, c)));
    items.sort(order(sort));
    boolean more = profile.posts().size() == PAGE_SIZE || profile.comments().size() == PAGE_SIZE;
    var model = new Profile(profile, view, sort, page, items, more, self);
    Chrome c = pages.chrome(req, res);
    c.content().prefetchComments(profile.comments().stream().map(v -> v.comment()).toList());
    pages.render(res, "page/profile.jte", Pages.params(c, "page", model));
  }

  /** Posts and comments interleaved in the order the sort asks for. */
  private static Comparator<Item> order(String sort) {
    Comparator<Item> newest = Comparator.comparing(Item::published).reversed();
    if (sort.equals("Old")) return Comparator.comparing(Item::published);
    if (sort.startsWith("Top") || sort.equals("Controversial")) {
      return Comparator.comparingLong(Item::score).reversed().thenComparing(newest);
    }
    return newest;
  }
}
