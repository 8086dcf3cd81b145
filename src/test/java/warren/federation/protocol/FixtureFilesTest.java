package warren.federation.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every ActivityPub sample under {@code shared/fixtures/activitypub} (Lemmy's own and those of
 * ten other servers) reads into its record, and so does everything embedded in it.
 */
class FixtureFilesTest {
  /** Beside the clone, in CI as here. */
  static final Path FIXTURES = Path.of("..", "shared", "fixtures", "activitypub");

  static Stream<Path> files() throws IOException {
    assertThat(FIXTURES).as("fixtures beside the repository").isDirectory();
    try (Stream<Path> walk = Files.walk(FIXTURES)) {
      return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  static JsonNode json(String relative) throws IOException {
    return ApJson.parse(Files.readAllBytes(FIXTURES.resolve(relative)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void parses(Path file) throws IOException {
    ApObject read = ApReader.read(ApJson.parse(Files.readAllBytes(file)));
    assertThat(read.id()).isNotBlank();
    readEmbedded(read);
  }

  @Test
  void allOfThemAreThere() throws IOException {
    assertThat(files().count()).isEqualTo(114);
  }

  /** What sits inside: an activity's embedded object, a collection's embedded items. */
  private static void readEmbedded(ApObject read) {
    switch (read) {
      case Activity a -> {
        if (a.object() != null && a.object().isEmbedded()) {
          JsonNode inner = a.object().node();
          assertThat(ApReader.read(inner).id()).isNotBlank();
          readEmbedded(ApReader.read(inner));
        }
      }
      case ApCollection c -> {
        for (ObjectRef item : c.all()) {
          if (item.isEmbedded()) readEmbedded(ApReader.read(item.node()));
          else assertThat(item.id()).isNotBlank();
        }
      }
      default -> { }
    }
  }

  @Test
  void lemmyObjectsKeepTheirFields() throws IOException {
    var group = (GroupActor) ApReader.read(json("lemmy/objects/group.json"));
    assertThat(group.attributedTo().id()).isEqualTo("https://enterprise.lemmy.ml/c/tenforward/moderators");
    assertThat(group.language()).extracting(LanguageTag::identifier).containsExactly("fr", "de");
    assertThat(group.publicKey().publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(group.endpoints().sharedInbox()).isEqualTo("https://enterprise.lemmy.ml/inbox");

    var note = (Note) ApReader.read(json("lemmy/objects/note.json"));
    assertThat(note.inReplyTo().id()).isEqualTo("https://enterprise.lemmy.ml/post/55143");
    assertThat(note.tag()).containsExactly(Tag.mention("https://enterprise.lemmy.ml/u/picard", "@picard@enterprise.lemmy.ml"));

    var page = (Page) ApReader.read(json("lemmy/objects/page.json"));
    assertThat(page.attachment().getFirst().target()).endsWith("eOtYb9iEiB.png");
    assertThat(page.published()).isEqualTo(java.time.Instant.parse("2021-02-26T12:35:34.292626Z"));
  }

  @Test
  void toleratesOtherServersShapes() throws IOException {
    // PeerTube: attributedTo is a list of owners, icons a list of sizes, url a list of links.
    var video = (Page) ApReader.read(json("peertube/objects/video.json"));
    assertThat(video.creatorId()).contains("/accounts/");
    assertThat(video.attributedTo().ids()).hasSizeGreaterThan(1);
    var channel = (GroupActor) ApReader.read(json("peertube/objects/group.json"));
    assertThat(channel.icon()).isNotNull();

    // Mastodon: a report's object is a list; a top-level toot is a post.
    var flag = (Activity) ApReader.read(json("mastodon/activities/flag.json"));
    assertThat(flag.object().ids()).hasSizeGreaterThan(1);
    assertThat(ApReader.read(json("mastodon/objects/page.json"))).isInstanceOf(Page.class);
    assertThat(ApReader.read(json("mastodon/objects/note_1.json"))).isInstanceOf(Note.class);

    // Lotide: to and cc as single strings.
    var lotide = (Activity) ApReader.read(json("lotide/activities/create_page.json"));
    assertThat(lotide.object().as(Page.class).to()).containsExactly("https://c.tide.tk/communities/1");
    assertThat(lotide.object().as(Page.class).cc()).containsExactly(ApJson.PUBLIC);

    // Pleroma: source as a bare string is dropped; sensitive may be null.
    var pleroma = (Note) ApReader.read(json("pleroma/objects/note.json"));
    assertThat(pleroma.source()).isNull();

    // Lotide and GNU social write dates with an offset instead of Z.
    assertThat(((Page) ApReader.read(json("lotide/objects/page.json"))).published())
        .isEqualTo(java.time.Instant.parse("2020-12-30T07:29:19.460932Z"));

    // Any @context: a string, a list of strings, or a list with objects.
    for (String f : List.of("mastodon/objects/person.json", "mbin/activities/accept.json", "lemmy/objects/person.json")) {
      assertThat(ApReader.read(json(f)).id()).isNotBlank();
    }
  }

  @Test
  void unknownTypesAndMissingIdsFail() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApReader.read(
        ApJson.parse("{\"type\":\"EmojiReact\",\"id\":\"https://x/1\"}".getBytes()))).isInstanceOf(ApParseException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApReader.read(
        ApJson.parse("{\"type\":\"Person\"}".getBytes()))).isInstanceOf(ApParseException.class);
  }
}
