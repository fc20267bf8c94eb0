package org.imrf.notification.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An organisation's system receiving webhooks: a real HTTP server on 127.0.0.1. */
final class Receiver implements AutoCloseable {

  /** One request as it arrived. */
  record Received(String id, String timestamp, String signature, String contentType, String body) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status = 204;
  private volatile Duration delay = Duration.ZERO;
  private volatile boolean endlessBody;

  Receiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            var headers = exchange.getRequestHeaders();
            received.add(
                new Received(
                    headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"),
                    headers.getFirst("content-type"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            Thread.sleep(delay.toMillis());
            if (endlessBody) {
              trickle(exchange);
            } else {
              exchange.sendResponseHeaders(status, -1);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Answers every request with this status from now on. */
  void answers(int status) {
    this.status = status;
  }

  /** Waits this long before answering. */
  void delays(Duration delay) {
    this.delay = delay;
  }

  /** Answers 200 with a body that goes on (for at most 10 s) until the client hangs up. */
  void answersWithoutEnd() {
    this.endlessBody = true;
  }

  private static void trickle(com.sun.net.httpserver.HttpExchange exchange)
      throws IOException, InterruptedException {
    exchange.sendResponseHeaders(200, 0);
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    try (var out = exchange.getResponseBody()) {
      while (System.nanoTime() < until) {
        out.write(new byte[1024]);
        out.flush();
        Thread.sleep(10);
      }
    } catch (IOException hungUp) {
      // what the test waits for
    }
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  Received last() {
    return received.get(received.size() - 1);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
