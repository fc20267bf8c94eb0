package org.imrf.edge.testing;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A client that opens many connections from one address and sends each request one byte at a time,
 * as the attack that froze the gateway did (a head announcing a body, then a byte every {@code
 * interval}) or its older cousin (headers that never end), for as long as the server keeps the
 * connection.
 */
public final class SlowClient implements Closeable {

  private final List<RawHttp> connections = new ArrayList<>();
  private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

  private SlowClient() {}

  /**
   * Opens {@code count} connections from {@code address} to {@code port}, sends on each the head of
   * {@code method target} announcing a JSON body of {@code length} bytes and its first byte, then
   * one more byte every {@code interval}.
   */
  public static SlowClient start(
      String address,
      int port,
      int count,
      String method,
      String target,
      int length,
      Duration interval,
      String... headers)
      throws IOException {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type: application/json";
    all[1] = "Content-Length: " + length;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return trickling(address, port, count, RawHttp.head(method, target, all) + "{", ' ', interval);
  }

  /**
   * Opens {@code count} connections from {@code address} that send the start of a request's headers
   * and then one more byte of a header's value every {@code interval}: the headers never end.
   */
  public static SlowClient startHeaders(String address, int port, int count, Duration interval)
      throws IOException {
    return trickling(
        address, port, count, "GET /hello HTTP/1.1\r\nHost: localhost\r\nX-Slow: ", 'a', interval);
  }

  private static SlowClient trickling(
      String address, int port, int count, String start, char each, Duration interval)
      throws IOException {
    SlowClient client = new SlowClient();
    for (int i = 0; i < count; i++) {
      RawHttp connection = RawHttp.connect(address, port);
      connection.send(start);
      client.connections.add(connection);
    }
    client.trickle.scheduleAtFixedRate(
        () ->
            client.connections.forEach(connection -> connection.trySend(new byte[] {(byte) each})),
        interval.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
    return client;
  }

  public List<RawHttp> connections() {
    return connections;
  }

  @Override
  public void close() {
    trickle.shutdownNow();
    connections.forEach(RawHttp::close);
  }
}
