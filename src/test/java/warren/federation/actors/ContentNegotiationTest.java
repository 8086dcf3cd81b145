package warren.federation.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentNegotiationTest {
  @Test
  void peersAndBrowsers() {
    assertThat(ContentNegotiation.wantsActivityJson("application/activity+json")).isTrue();
    assertThat(ContentNegotiation.wantsActivityJson("Application/Activity+JSON; charset=utf-8")).isTrue();
    assertThat(ContentNegotiation.wantsActivityJson(
        "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"")).isTrue();
    assertThat(ContentNegotiation.wantsActivityJson("application/activity+json, text/html;q=0.1")).isTrue();
    assertThat(ContentNegotiation.wantsActivityJson("text/html,application/xhtml+xml,*/*;q=0.8")).isFalse();
    assertThat(ContentNegotiation.wantsActivityJson("application/activity+json;q=0.5, text/html")).isFalse();
    assertThat(ContentNegotiation.wantsActivityJson("application/activity+json;q=0")).isFalse();
    assertThat(ContentNegotiation.wantsActivityJson("*/*")).isFalse();
    assertThat(ContentNegotiation.wantsActivityJson("application/json")).isFalse();
    assertThat(ContentNegotiation.wantsActivityJson(null)).isFalse();
  }
}
