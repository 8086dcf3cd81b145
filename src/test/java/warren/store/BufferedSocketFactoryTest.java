package warren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** The driver's sockets: buffered reads give the same bytes in order, and a read timeout leaves them usable. */
class BufferedSocketFactoryTest {
  @Test
  void readsComeWholeAndInOrderThroughTheBuffer() throws Exception {
    byte[] sent = new byte[100_000];
    for (int i = 0; i < sent.length; i++) sent[i] = (byte) (i * 31);
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new BufferedSocketFactory().createSocket()) {
      client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()));
      try (Socket peer = server.accept()) {
        peer.getOutputStream().write(sent);
        InputStream in = client.getInputStream();
        assertThat(in).isInstanceOf(BufferedInputStream.class).isSameAs(client.getInputStream());
        byte[] got = new byte[sent.length];
        int n = 0;
        got[n++] = (byte) in.read(); // single bytes, small and large pieces, as the driver reads
        while (n < sent.length) {
          int r = in.read(got, n, Math.min(sent.length - n, n % 3 == 0 ? 8192 : 70_000));
          assertThat(r).isPositive();
          n += r;
        }
        assertThat(got).isEqualTo(sent);
      }
    }
  }

  @Test
  void aReadThatTimesOutLeavesTheStreamUsable() throws Exception {
    // The driver polls for notifications with a short timeout, then reads on.
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new BufferedSocketFactory().createSocket(InetAddress.getLoopbackAddress(),
            server.getLocalPort());
        Socket peer = server.accept()) {
      client.setSoTimeout(50);
      InputStream in = client.getInputStream();
      assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class);
      peer.getOutputStream().write(new byte[] {1, 2, 3});
      assertThat(in.readNBytes(3)).containsExactly(1, 2, 3);
    }
  }
}
