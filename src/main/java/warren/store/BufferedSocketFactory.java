package warren.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Sockets for the PostgreSQL driver that read from the kernel in large pieces. The driver reads
 * through a buffer of its own of 8 KB, so a page of posts (about 36 KB) took five reads, each a
 * system call and, on a virtual thread, a trip through the poller when the rest had not arrived
 * yet. Beneath that buffer this one takes what the kernel holds in one read of up to 64 KB.
 * Named by the {@code socketFactory} connection property (see {@link Database}).
 */
public final class BufferedSocketFactory extends SocketFactory {
  static final int BUFFER_BYTES = 64 * 1024;

  @Override
  public Socket createSocket() {
    return new BufferedSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(new BufferedSocket(), new java.net.InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return bound(new BufferedSocket(), localHost, localPort, new java.net.InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(new BufferedSocket(), new java.net.InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return bound(new BufferedSocket(), localAddress, localPort, new java.net.InetSocketAddress(address, port));
  }

  private static Socket connected(Socket s, java.net.SocketAddress to) throws IOException {
    s.connect(to);
    return s;
  }

  private static Socket bound(Socket s, InetAddress local, int localPort, java.net.SocketAddress to)
      throws IOException {
    s.bind(new java.net.InetSocketAddress(local, localPort));
    return connected(s, to);
  }

  /** A plain socket whose input stream is buffered; the buffer is made at the first use. */
  private static final class BufferedSocket extends Socket {
    private InputStream in;

    @Override
    public synchronized InputStream getInputStream() throws IOException {
      if (in == null) in = new BufferedInputStream(super.getInputStream(), BUFFER_BYTES);
      return in;
    }
  }
}
