package org.imrf.edge.limits;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.Processor;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's NIO connector, with two bounds it lacks: connections per client address (one more is
 * answered 429 and closed as it is made), and a time for a request's line and headers to arrive in
 * full (Tomcat's own timeout only bounds the wait for each next byte, so a client sending a header
 * byte every few seconds keeps a connection for hours). No thread waits on either.
 */
public class BoundedNioProtocol extends Http11NioProtocol {

  public BoundedNioProtocol() {
    super(new BoundedEndpoint());
  }

  /** Connections one client address may hold; 0 for no bound. */
  public void setConnectionsPerClient(int connectionsPerClient) {
    endpoint().connectionsPerClient = connectionsPerClient;
  }

  /** How long a request's line and headers may take from their first byte; 0 for no bound. */
  public void setHeadersTimeoutMillis(long headersTimeoutMillis) {
    endpoint().headersTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(headersTimeoutMillis);
  }

  private BoundedEndpoint endpoint() {
    return (BoundedEndpoint) getEndpoint();
  }

  static final class BoundedEndpoint extends NioEndpoint {

    private static final byte[] TOO_MANY = tooMany();

    volatile int connectionsPerClient;
    volatile long headersTimeoutNanos;
    private ScheduledFuture<?> sweeper;

    BoundedEndpoint() {
      connections = new PerClient();
    }

    PerClient connections() {
      return (PerClient) connections;
    }

    @Override
    protected boolean setSocketOptions(SocketChannel socket) {
      int allowed = connectionsPerClient;
      InetAddress client = addressOf(socket);
      if (allowed > 0 && client != null && connections().of(client) >= allowed) {
        refuse(socket);
        return false;
      }
      connections().pending(socket, client);
      boolean registered = super.setSocketOptions(socket);
      if (!registered) {
        connections().forget(socket);
      }
      return registered;
    }

    private static byte[] tooMany() {
      String problem =
          "{\"type\":\"about:blank\",\"title\":\"Too many connections\",\"status\":429,"
              + "\"detail\":\"Your address has as many connections open here as it may.\"}";
      return ("HTTP/1.1 429 Too Many Requests\r\n"
              + "Content-Type: application/problem+json\r\n"
              + "Retry-After: 1\r\n"
              + "Connection: close\r\n"
              + "Content-Length: "
              + problem.length()
              + "\r\n\r\n"
              + problem)
          .getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void startInternal() throws Exception {
      super.startInternal();
      sweeper =
          getUtilityExecutor()
              .scheduleWithFixedDelay(this::closeSlowHeaders, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void stopInternal() {
      if (sweeper != null) {
        sweeper.cancel(false);
      }
      super.stopInternal();
    }

    /**
     * Closes connections whose request line and headers have taken too long (no answer: like
     * Tomcat's timeouts).
     */
    private void closeSlowHeaders() {
      long timeout = headersTimeoutNanos;
      if (timeout <= 0) {
        return;
      }
      long now = System.nanoTime();
      for (SocketWrapperBase<NioChannel> wrapper : connections.values()) {
        // a processor stays with a connection between reads only while its request's line and
        // headers are incomplete (or for async and upgraded ones); a thread serving a request has
        // taken it
        if (wrapper.getError() == null
            && wrapper.getCurrentProcessor() instanceof Processor processor
            && !processor.isAsync()
            && !processor.isUpgrade()) {
          long started = processor.getRequest().getStartTimeNanos();
          if (started != -1 && now - started > timeout) {
            wrapper.setError(new IOException("request headers took too long"));
            processSocket(wrapper, SocketEvent.ERROR, true);
          }
        }
      }
    }

    private static void refuse(SocketChannel socket) {
      try {
        // a fresh socket's send buffer holds this small answer without waiting
        socket.write(ByteBuffer.wrap(TOO_MANY));
        socket.shutdownOutput();
      } catch (IOException gone) {
        // the client left already
      }
    }

    private static InetAddress addressOf(SocketChannel socket) {
      try {
        SocketAddress remote = socket.getRemoteAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
      } catch (IOException closed) {
        return null;
      }
    }
  }

  /** Tomcat's map of open connections, counting them by client address as they come and go. */
  static final class PerClient extends AbstractMap<SocketChannel, SocketWrapperBase<NioChannel>> {

    private final Map<SocketChannel, SocketWrapperBase<NioChannel>> open =
        new ConcurrentHashMap<>();
    private final Map<SocketChannel, InetAddress> clients = new ConcurrentHashMap<>();
    private final Map<InetAddress, Integer> counts = new ConcurrentHashMap<>();

    /** The client of a connection about to be registered (its address is read once, here). */
    void pending(SocketChannel socket, InetAddress client) {
      if (client != null) {
        clients.put(socket, client);
      }
    }

    /** A connection that was not registered after all. */
    void forget(SocketChannel socket) {
      if (!open.containsKey(socket)) {
        clients.remove(socket);
      }
    }

    int of(InetAddress client) {
      return counts.getOrDefault(client, 0);
    }

    @Override
    public SocketWrapperBase<NioChannel> put(
        SocketChannel socket, SocketWrapperBase<NioChannel> wrapper) {
      SocketWrapperBase<NioChannel> previous = open.put(socket, wrapper);
      InetAddress client = clients.get(socket);
      if (previous == null && client != null) {
        counts.merge(client, 1, Integer::sum);
      }
      return previous;
    }

    @Override
    public SocketWrapperBase<NioChannel> remove(Object socket) {
      SocketWrapperBase<NioChannel> removed = open.remove(socket);
      InetAddress client = clients.remove(socket);
      if (removed != null && client != null) {
        counts.computeIfPresent(client, (address, count) -> count <= 1 ? null : count - 1);
      }
      return removed;
    }

    @Override
    public SocketWrapperBase<NioChannel> get(Object socket) {
      return open.get(socket);
    }

    @Override
    public int size() {
      return open.size();
    }

    @Override
    public java.util.Collection<SocketWrapperBase<NioChannel>> values() {
      return open.values();
    }

    @Override
    public Set<Entry<SocketChannel, SocketWrapperBase<NioChannel>>> entrySet() {
      return open.entrySet();
    }
  }
}
