package org.imrf.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service behind the gateway that tells what reached it: {@code /echo/**} answers with the
 * method, path and bearer token it got; {@code /stuck} answers only once {@link #release} is
 * called, like a service that hangs.
 */
public final class FakeService {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static FakeService instance;

  private final HttpServer server;
  private final ServerSocket notHttp;
  private volatile CountDownLatch stuck = new CountDownLatch(1);

  private FakeService() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/echo", this::echo);
    server.createContext("/stuck", this::stuck);
    server.start();
    try {
      notHttp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread answering = new Thread(this::answerNotHttp, "not-http");
    answering.setDaemon(true);
    answering.start();
  }

  public static synchronized FakeService get() {
    if (instance == null) {
      instance = new FakeService();
    }
    return instance;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Where something listens that answers every request with bytes that are not HTTP. */
  public String notHttpUrl() {
    return "http://127.0.0.1:" + notHttp.getLocalPort();
  }

  /** Lets every stuck request answer. */
  public void release() {
    stuck.countDown();
    stuck = new CountDownLatch(1);
  }

  private void echo(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("method", exchange.getRequestMethod());
    body.put("path", exchange.getRequestURI().getPath());
    body.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
    answer(exchange, body);
  }

  private void stuck(HttpExchange exchange) throws IOException {
    try {
      stuck.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    answer(exchange, Map.of("answered", true));
  }

  private void answerNotHttp() {
    while (!notHttp.isClosed()) {
      try (Socket socket = notHttp.accept()) {
        socket.getInputStream().read(new byte[8192]);
        socket.getOutputStream().write("SMTP ready\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      } catch (IOException e) {
        // the next connection is another try
      }
    }
  }

  private static void answer(HttpExchange exchange, Map<String, ?> body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
