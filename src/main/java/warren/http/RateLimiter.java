package warren.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import warren.store.site.LocalSiteRateLimit;

/**
 * Lemmy's per-IP token buckets: each action has a capacity and the seconds it takes to refill
 * completely. IPv6 clients are grouped by /64, since one host can hold a whole /64.
 */
public final class RateLimiter {
  public enum Action { MESSAGE, POST, REGISTER, IMAGE, COMMENT, SEARCH, IMPORT_USER_SETTINGS }

  record Config(int capacity, int secondsToRefill) {}

  private record Key(Action action, String client) {}

  /** Tokens scaled by 1000 so that slow refills still add whole units each second. */
  private static final class Bucket {
    long milliTokens;
    long lastCheckedSecond;
  }

  private volatile Map<Action, Config> configs;
  private final ConcurrentHashMap<Key, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(LocalSiteRateLimit limits) {
    update(limits);
  }

  public void update(LocalSiteRateLimit l) {
    var m = new EnumMap<Action, Config>(Action.class);
    m.put(Action.MESSAGE, new Config(l.message(), l.messagePerSecond()));
    m.put(Action.POST, new Config(l.post(), l.postPerSecond()));
    m.put(Action.REGISTER, new Config(l.register(), l.registerPerSecond()));
    m.put(Action.IMAGE, new Config(l.image(), l.imagePerSecond()));
    m.put(Action.COMMENT, new Config(l.comment(), l.commentPerSecond()));
    m.put(Action.SEARCH, new Config(l.search(), l.searchPerSecond()));
    m.put(Action.IMPORT_USER_SETTINGS, new Config(l.importUserSettings(), l.importUserSettingsPerSecond()));
    configs = m;
  }

  /** Takes one token; false when the client has none left. */
  public boolean allow(Action action, InetAddress ip, long nowSeconds) {
    Config c = configs.get(action);
    Bucket b = buckets.computeIfAbsent(new Key(action, group(ip)), k -> {
      Bucket nb = new Bucket();
      nb.milliTokens = c.capacity() * 1000L;
      nb.lastCheckedSecond = nowSeconds;
      return nb;
    });
    synchronized (b) {
      long elapsed = Math.max(0, nowSeconds - b.lastCheckedSecond);
      long refill = elapsed * c.capacity() * 1000L / Math.max(1, c.secondsToRefill());
      b.milliTokens = Math.min(c.capacity() * 1000L, b.milliTokens + refill);
      b.lastCheckedSecond = nowSeconds;
      if (b.milliTokens < 1000) return false;
      b.milliTokens -= 1000;
      return true;
    }
  }

  /** Forgets clients whose buckets have refilled, so memory follows active clients only. */
  public void removeFullBuckets(long nowSeconds) {
    buckets.entrySet().removeIf(e -> {
      Config c = configs.get(e.getKey().action());
      Bucket b = e.getValue();
      synchronized (b) {
        long refill = (nowSeconds - b.lastCheckedSecond) * c.capacity() * 1000L / Math.max(1, c.secondsToRefill());
        return b.milliTokens + refill >= c.capacity() * 1000L;
      }
    });
  }

  int size() {
    return buckets.size();
  }

  static String group(InetAddress ip) {
    if (ip instanceof Inet6Address) {
      return Arrays.toString(Arrays.copyOf(ip.getAddress(), 8));
    }
    return ip.getHostAddress();
  }
}
