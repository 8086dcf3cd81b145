package warren.federation.inbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.node.ObjectNode;
import warren.federation.inbox.SenderSites.Sender;
import warren.federation.protocol.ApJson;
import warren.testing.ApDocs;

/**
 * What the inbox benchmark sends, and what the database must hold afterwards. Each person votes
 * once on each of a set of local posts and comments (Like or Dislike, as Lemmy sends them), takes
 * some of those votes back later (Undo embedding the vote), and some votes arrive a second time
 * with the same id, on another connection and at any moment, as a retry or a relayed copy would.
 * A person's own activities go out on one connection in order, so the final state of each
 * (person, item) is known; a repeated vote changes nothing in it only if the inbox drops it,
 * since a repeat that lands after its Undo would otherwise bring the vote back. Repeats are of
 * votes only: a repeated Undo arriving before its vote would undo nothing and be the one applied.
 */
final class VotePlan {
  enum Kind { LIKE, DISLIKE, UNDO }

  /** A local post or comment to vote on: its ActivityPub id and row id. */
  record Item(String apId, boolean post, int id) {}

  /** One request: {@code body} is shared by an activity and its repeats. */
  record Step(Sender sender, Item item, Kind kind, String activityId, byte[] body, boolean repeat) {}

  /** The vote a person holds on an item at the end: 1, -1, or 0 when taken back. */
  record Key(String actorId, String itemApId) {}

  private final List<List<Step>> streams;
  private final Map<Key, Integer> expected;
  private final List<Step> distinct;
  private final int repeats;

  private VotePlan(List<List<Step>> streams, Map<Key, Integer> expected, List<Step> distinct, int repeats) {
    this.streams = streams;
    this.expected = expected;
    this.distinct = distinct;
    this.repeats = repeats;
  }

  /**
   * @param perSender  distinct items each person votes on
   * @param undoShare  share of those votes taken back
   * @param repeatShare share of those votes sent twice
   * @param connectionsPerSite a site's people are spread over this many connections
   */
  static VotePlan build(List<Sender> senders, List<Item> items, String community, int perSender, double undoShare,
      double repeatShare, int connectionsPerSite, long seed) {
    if (perSender > items.size()) throw new IllegalArgumentException(perSender + " votes each, " + items.size() + " items");
    Random random = new Random(seed);
    int siteCount = senders.stream().mapToInt(Sender::site).max().orElse(-1) + 1;
    List<List<Keyed>> keyed = new ArrayList<>();
    for (int i = 0; i < siteCount * connectionsPerSite; i++) keyed.add(new ArrayList<>());
    Map<Key, Integer> expected = new HashMap<>();
    List<Step> distinct = new ArrayList<>();
    int repeats = 0;
    Map<Integer, Integer> seenPerSite = new HashMap<>();
    for (Sender s : senders) {
      int nth = seenPerSite.merge(s.site(), 1, Integer::sum) - 1;
      List<Keyed> own = keyed.get(s.site() * connectionsPerSite + nth % connectionsPerSite);
      List<Item> shuffled = new ArrayList<>(items);
      Collections.shuffle(shuffled, random);
      int undos = (int) Math.round(perSender * undoShare);
      int twice = (int) Math.round(perSender * repeatShare);
      for (int v = 0; v < perSender; v++) {
        Item item = shuffled.get(v);
        Kind kind = random.nextDouble() < 0.8 ? Kind.LIKE : Kind.DISLIKE;
        ObjectNode vote = ApDocs.inCommunity(kind == Kind.LIKE ? "Like" : "Dislike", s.actor(), item.apId(), community);
        Step step = step(s, item, kind, vote, false);
        double at = random.nextDouble();
        own.add(new Keyed(at, step));
        distinct.add(step);
        int score = kind == Kind.LIKE ? 1 : -1;
        if (v < undos) {
          Step undo = step(s, item, Kind.UNDO, ApDocs.inCommunity("Undo", s.actor(), vote, community), false);
          own.add(new Keyed(at + random.nextDouble() * (1 - at), undo));
          distinct.add(undo);
          score = 0;
        }
        // Repeats: the first votes after the undone ones, so some repeat an undone vote and some not.
        if (v >= undos / 2 && v < undos / 2 + twice) {
          keyed.get(random.nextInt(keyed.size())).add(new Keyed(random.nextDouble(),
              new Step(s, item, kind, step.activityId(), step.body(), true)));
          repeats++;
        }
        expected.put(new Key(s.actor().id(), item.apId()), score);
      }
    }
    List<List<Step>> streams = keyed.stream()
        .map(k -> k.stream().sorted(Comparator.comparingDouble(Keyed::at)).map(Keyed::step).toList()).toList();
    return new VotePlan(streams, expected, distinct, repeats);
  }

  /** Votes outside the measured plan: each person's first makes Warren fetch its key; the JIT compiles the path. */
  static VotePlan warmUp(List<Sender> senders, List<Item> items, String community, int perSender,
      int connectionsPerSite, long seed) {
    return build(senders, items, community, perSender, 0, 0, connectionsPerSite, seed);
  }

  private static Step step(Sender s, Item item, Kind kind, ObjectNode activity, boolean repeat) {
    return new Step(s, item, kind, activity.get("id").asString(), ApJson.write(activity), repeat);
  }

  private record Keyed(double at, Step step) {}

  /** One list per connection, each in sending order. */
  List<List<Step>> streams() {
    return streams;
  }

  /** Every activity once (votes and undos), for signing. */
  List<Step> distinct() {
    return distinct;
  }

  int repeats() {
    return repeats;
  }

  int requests() {
    return distinct.size() + repeats;
  }

  Map<Key, Integer> expected() {
    return expected;
  }
}
