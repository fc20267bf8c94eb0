package org.imrf.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service that closes a keep-alive connection once it has been idle for {@link #SERVICE_IDLE_MS}
 * — and whose close crosses the gateway's next request on it, the race a service closing idle
 * connections after {@code IMRF_LIMITS_KEEP_ALIVE_TIMEOUT} runs with the gateway. A POST is never
 * retried, so the gateway must have dropped the idle connection first: the tests run with {@code
 * jdk.httpclient.keepalive.timeout=1} (the gateway's pom), below the service's 2 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdleServiceConnectionsTest {

  static final long SERVICE_IDLE_MS = 2_000;
  static final ClosingService service = new ClosingService();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void gateway(DynamicPropertyRegistry properties) {
    properties.add("imrf.gateway.services.registration", service::url);
  }

  @AfterAll
  static void stop() throws IOException {
    service.socket.close();
  }

  @Test
  void aPostAfterAnIdleSpellReachesTheServiceOnAFreshConnection() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> first =
        client.send(
            HttpRequest.newBuilder(api("/editions")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(first.statusCode()).isEqualTo(200);

    Thread.sleep(SERVICE_IDLE_MS + 1_000);

    HttpResponse<String> post =
        client.send(
            HttpRequest.newBuilder(api("/applications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ada\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(post.statusCode()).as(post.body()).isEqualTo(200);
    assertThat(post.body()).isEqualTo("POST /applications");
    assertThat(service.closedIdle.get()).isZero();
  }

  private URI api(String path) {
    return URI.create("http://127.0.0.1:" + port + "/api/registration" + path);
  }

  /**
   * Answers each request with its method and path, keeping the connection open; a request that
   * arrives on a connection idle for longer than {@link #SERVICE_IDLE_MS} finds it closed: the
   * service closes it as the request comes in, unanswered.
   */
  static final class ClosingService {

    final ServerSocket socket;
    final AtomicInteger closedIdle = new AtomicInteger();

    ClosingService() {
      try {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Thread accepting = new Thread(this::accept, "closing-service");
      accepting.setDaemon(true);
      accepting.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket connection = socket.accept();
          Thread serving = new Thread(() -> serve(connection), "closing-service-connection");
          serving.setDaemon(true);
          serving.start();
        } catch (IOException e) {
          // closed
        }
      }
    }

    private void serve(Socket connection) {
      try (connection) {
        InputStream in = connection.getInputStream();
        OutputStream out = connection.getOutputStream();
        long answeredAt = System.nanoTime();
        while (true) {
          String head = readHead(in);
          if (head == null) {
            return;
          }
          if ((System.nanoTime() - answeredAt) / 1_000_000 > SERVICE_IDLE_MS) {
            closedIdle.incrementAndGet();
            return;
          }
          String[] lines = head.split("\r\n");
          int length = 0;
          for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
              length = Integer.parseInt(line.substring(15).strip());
            }
          }
          in.readNBytes(length);
          String[] requestLine = lines[0].split(" ");
          byte[] body = (requestLine[0] + " " + requestLine[1]).getBytes(StandardCharsets.US_ASCII);
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                      + body.length
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          out.write(body);
          out.flush();
          answeredAt = System.nanoTime();
        }
      } catch (IOException e) {
        // the gateway went away
      }
    }

    private static String readHead(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1) {
        head.write(b);
        byte[] bytes = head.toByteArray();
        int n = bytes.length;
        if (n >= 4
            && bytes[n - 4] == '\r'
            && bytes[n - 3] == '\n'
            && bytes[n - 2] == '\r'
            && bytes[n - 1] == '\n') {
          return head.toString(StandardCharsets.US_ASCII);
        }
      }
      return null;
    }
  }
}
