package warren.federation.inbox;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import warren.federation.httpsig.HttpSignatures;
import warren.federation.inbox.VotePlan.Step;

/**
 * The benchmark's requests, whole and signed before the clock starts: RSA signing costs the
 * sender about as much as verifying costs Warren many times over, and must not be what is
 * measured. Signed by Warren's own signer, as Lemmy signs (Date, Digest, hs2019); the Date is
 * the signing time, well within the hour Warren accepts.
 */
final class SignedRequests {
  private SignedRequests() {}

  /** The raw HTTP/1.1 POST of each activity to {@code inbox}, by activity id; signed on all cores. */
  static Map<String, byte[]> sign(List<Step> steps, URI inbox) {
    Map<String, byte[]> requests = new ConcurrentHashMap<>();
    String host = HttpSignatures.hostHeader(inbox);
    String requestLine = "POST " + HttpSignatures.pathAndQuery(inbox) + " HTTP/1.1\r\n";
    steps.parallelStream().forEach(s -> {
      Map<String, String> headers = HttpSignatures.signPost(inbox, host, s.body(), s.sender().key(), Instant.now());
      StringBuilder head = new StringBuilder(1024).append(requestLine);
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      head.append("content-length: ").append(s.body().length).append("\r\n\r\n");
      var request = new ByteArrayOutputStream(head.length() + s.body().length);
      request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      request.writeBytes(s.body());
      requests.put(s.activityId(), request.toByteArray());
    });
    return requests;
  }
}
