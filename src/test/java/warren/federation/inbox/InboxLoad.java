package warren.federation.inbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import warren.federation.inbox.VotePlan.Step;

/**
 * Sends a plan's streams at once, each on its own connection and virtual thread, every request as
 * soon as the previous one was answered (as a Lemmy sender does per site), and sorts the answers:
 * taken (2xx), refused as already received (the repeats), anything else an error.
 */
final class InboxLoad {
  /** What came back; times in nanoseconds, {@code doneAt} from the start, both sorted. */
  record Result(long nanos, int taken, int refusedRepeats, int errors, List<String> errorSamples, long[] doneAt,
      long[] latencies) {
    int answered() {
      return doneAt.length;
    }

    /** Answers per second between the 10th and the 90th percentile of completion: no ramp-up, no tail. */
    double middleRate() {
      if (doneAt.length < 10) return Double.NaN;
      long from = doneAt[doneAt.length / 10];
      long to = doneAt[doneAt.length * 9 / 10];
      return (doneAt.length * 0.8) / ((to - from) / 1e9);
    }

    long latencyPercentile(double p) {
      return latencies.length == 0 ? 0 : latencies[(int) Math.min(latencies.length - 1, latencies.length * p)];
    }
  }

  private InboxLoad() {}

  /** Stream {@code i} sends from the address of site {@code i / connectionsPerSite}. */
  static Result run(List<List<Step>> streams, Map<String, byte[]> requests, int connectionsPerSite,
      InetSocketAddress warren) throws InterruptedException {
    int total = streams.stream().mapToInt(List::size).sum();
    long[] doneAt = new long[total];
    long[] latencies = new long[total];
    AtomicInteger slot = new AtomicInteger();
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    long[] start = new long[1];
    for (int i = 0; i < streams.size(); i++) {
      List<Step> stream = streams.get(i);
      String from = SenderSites.address(i / connectionsPerSite);
      threads.add(Thread.ofVirtual().start(() -> {
        try (RawConnection c = new RawConnection(from, warren)) {
          go.await();
          for (Step s : stream) {
            long t0 = System.nanoTime();
            String outcome;
            try {
              RawConnection.Answer a = c.send(requests.get(s.activityId()));
              outcome = a.status() / 100 == 2 ? "taken"
                  : a.status() == 400 && a.body().contains("already received") ? "repeat" : a.status() + " " + a.body();
            } catch (IOException e) {
              c.close();
              outcome = "I/O: " + e.getMessage();
            }
            long t1 = System.nanoTime();
            int n = slot.getAndIncrement();
            doneAt[n] = t1 - start[0];
            latencies[n] = t1 - t0;
            switch (outcome) {
              case "taken" -> taken.incrementAndGet();
              case "repeat" -> refused.incrementAndGet();
              default -> {
                errors.incrementAndGet();
                if (samples.size() < 5) samples.add(s.kind() + " " + s.activityId() + ": " + outcome);
              }
            }
          }
        } catch (IOException | InterruptedException e) {
          errors.incrementAndGet();
          samples.add("stream failed: " + e);
        }
      }));
    }
    start[0] = System.nanoTime();
    go.countDown();
    for (Thread t : threads) t.join();
    long nanos = System.nanoTime() - start[0];
    int answered = slot.get();
    long[] done = Arrays.copyOf(doneAt, answered);
    long[] lat = Arrays.copyOf(latencies, answered);
    Arrays.sort(done);
    Arrays.sort(lat);
    return new Result(nanos, taken.get(), refused.get(), errors.get(), List.copyOf(samples), done, lat);
  }
}
