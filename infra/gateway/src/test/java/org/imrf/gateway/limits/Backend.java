package org.imrf.gateway.limits;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A service behind the gateway, as far as these tests need one: it records what reaches it. */
final class Backend implements AutoCloseable {

  /** One request that reached the service. */
  record Received(String method, String path, long bodyBytes) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private Backend(HttpServer server) {
    this.server = server;
  }

  static Backend start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      Backend backend = new Backend(server);
      server.setExecutor(Executors.newFixedThreadPool(8));
      server.createContext(
          "/",
          exchange -> {
            long bytes;
            try (InputStream body = exchange.getRequestBody()) {
              bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            backend.received.add(
                new Received(
                    exchange.getRequestMethod(), exchange.getRequestURI().getPath(), bytes));
            byte[] answer = ("{\"bytes\":" + bytes + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(
                "POST".equals(exchange.getRequestMethod()) ? 201 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
          });
      server.start();
      return backend;
    } catch (IOException failed) {
      throw new java.io.UncheckedIOException(failed);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** What reached the service at {@code path}. */
  List<Received> received(String path) {
    return received.stream().filter(request -> request.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
