package warren.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import warren.testing.TestSite;

class RateLimitFilterTest {
  @Test
  void inboxesAreNotLimitedButFormsAre() {
    assertThat(RateLimitFilter.webActionFor(Method.POST, "/inbox")).isNull();
    assertThat(RateLimitFilter.webActionFor(Method.POST, "/u/alice/inbox")).isNull();
    assertThat(RateLimitFilter.webActionFor(Method.POST, "/c/cats/inbox")).isNull();
    assertThat(RateLimitFilter.webActionFor(Method.POST, "/post/7/inbox")).isEqualTo(RateLimiter.Action.MESSAGE);
    assertThat(RateLimitFilter.webActionFor(Method.POST, "/u/alice/x/inbox")).isEqualTo(RateLimiter.Action.MESSAGE);
    assertThat(RateLimitFilter.webActionFor(Method.POST, "/post/7/vote")).isEqualTo(RateLimiter.Action.MESSAGE);
  }

  /** Over HTTP, with the message limit at 2 a minute: unsigned activities are refused, but never as too many. */
  @Test
  void aSiteSendingManyActivitiesIsNotTurnedAway() throws Exception {
    try (TestSite site = TestSite.start()) {
      site.admin().put("/api/v3/site", Map.of("rate_limit_message", 2, "rate_limit_message_per_second", 60));
      HttpClient http = HttpClient.newHttpClient();
      for (int i = 0; i < 5; i++) {
        var r = http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/inbox"))
            .header("Content-Type", "application/activity+json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"Like\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isNotEqualTo(429).isBetween(400, 499);
      }
      int tooMany = 0;
      for (int i = 0; i < 5; i++) {
        var r = http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/post/1/vote"))
            .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 429) tooMany++;
      }
      assertThat(tooMany).as("forms past the limit").isEqualTo(3);
    }
  }
}
