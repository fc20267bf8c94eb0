package org.imrf.edge.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.imrf.edge.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bodies, request targets and headers beyond their limits are answered with problem details before
 * they are read, and the connection is closed rather than drained.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestSizeLimitsTest {

  private static final Duration PROMPTLY = Duration.ofSeconds(3);

  @LocalServerPort int port;

  @Test
  void aBodyAnnouncedLargerThanItsEndpointTakesIsRefusedBeforeItIsSent() throws IOException {
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      // when a client announces 25 MB of JSON and sends none of it
      client.send(
          RawHttp.head(
              "POST",
              "/notes",
              "Content-Type: application/json",
              "Content-Length: " + 25 * 1024 * 1024));

      // then it is told at once that the endpoint takes 64 KB at most
      RawHttp.Response response = client.response(PROMPTLY);
      assertThat(response.status()).isEqualTo(413);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.body())
          .contains("\"title\":\"Request body too large\"")
          .contains("\"maxBytes\":65536");
      // and the server does not wait for the 25 MB
      assertThat(client.closedByServer(PROMPTLY)).isTrue();
    }
  }

  @Test
  void aRefusalIsTheWholeAnswerWithNoErrorPageAfterIt() throws IOException {
    int errorPages = LimitedApplication.errorPages.get();
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      client.send(
          RawHttp.head(
              "POST", "/notes", "Content-Type: application/json", "Content-Length: 1000000"));
      assertThat(client.response(PROMPTLY).status()).isEqualTo(413);
      assertThat(client.closedByServer(PROMPTLY)).isTrue();
    }
    assertThat(LimitedApplication.errorPages.get()).isEqualTo(errorPages);
  }

  @Test
  void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws IOException {
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      client.send(
          RawHttp.head(
              "POST", "/notes", "Content-Type: application/json", "Transfer-Encoding: chunked"));
      // 80 KB in chunks of 8 KB, without the last chunk: the server has to count
      for (int i = 0; i < 10; i++) {
        client.send(Integer.toHexString(8192) + "\r\n" + "a".repeat(8192) + "\r\n");
      }

      RawHttp.Response response = client.response(PROMPTLY);
      assertThat(response.status()).isEqualTo(413);
      assertThat(client.closedByServer(PROMPTLY)).isTrue();
    }
  }

  @Test
  void anEndpointMayDeclareALargerLimitAndItHolds() throws IOException {
    byte[] fits = jsonOf(200 * 1024);
    byte[] tooLarge = jsonOf(300 * 1024);
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      client.request("POST", "/programmes", "application/json", fits);
      assertThat(client.response(PROMPTLY).status()).isEqualTo(200);
      // the same 200 KB is too much for an endpoint that declares nothing
      client.request("POST", "/notes", "application/json", fits);
      assertThat(client.response(PROMPTLY).status()).isEqualTo(413);
    }
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      client.request("POST", "/programmes", "application/json", tooLarge);
      RawHttp.Response response = client.response(PROMPTLY);
      assertThat(response.status()).isEqualTo(413);
      assertThat(response.body()).contains("\"maxBytes\":262144");
    }
  }

  @Test
  void aLargeLimitIsCountedAsTheApplicationReadsTheBody() throws IOException {
    // 4 MB is more than the edge reads ahead: the body streams to the endpoint, counted
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      client.request("POST", "/uploads", "application/octet-stream", new byte[3 * 1024 * 1024]);
      RawHttp.Response response = client.response(PROMPTLY);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body()).contains("\"bytes\":3145728");
    }
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      client.send(
          RawHttp.head(
              "POST",
              "/uploads",
              "Content-Type: application/octet-stream",
              "Transfer-Encoding: chunked"));
      byte[] chunk = new byte[64 * 1024];
      String size = Integer.toHexString(chunk.length) + "\r\n";
      for (int i = 0; i < 80 && client.trySend(size.getBytes(StandardCharsets.US_ASCII)); i++) {
        client.trySend(chunk);
        client.trySend("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      RawHttp.Response response = client.response(PROMPTLY);
      assertThat(response.status()).isEqualTo(413);
      assertThat(response.body()).contains("\"maxBytes\":4194304");
    }
  }

  @Test
  void aRequestTargetLongerThanAllowedIs414() throws IOException {
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      client.send(RawHttp.head("GET", "/hello?q=" + "a".repeat(5000)));
      RawHttp.Response response = client.response(PROMPTLY);
      assertThat(response.status()).isEqualTo(414);
      assertThat(response.body()).contains("\"title\":\"URI too long\"");
    }
  }

  @Test
  void headersLargerThanAllowedAre431() throws IOException {
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      client.send(
          RawHttp.head(
              "GET", "/hello", "X-One: " + "a".repeat(7000), "X-Two: " + "b".repeat(7000)));
      RawHttp.Response response = client.response(PROMPTLY);
      assertThat(response.status()).isEqualTo(431);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
  }

  @Test
  void whatTomcatCannotReadAtAllIsAnsweredAsProblemDetailsToo() throws IOException {
    // larger than Tomcat's buffer for a request's line and headers: no filter sees these
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      client.send(RawHttp.head("GET", "/hello", "X-Huge: " + "a".repeat(40_000)));
      RawHttp.Response response = client.response(PROMPTLY);
      assertThat(response.status()).isEqualTo(431);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.body()).contains("\"title\":\"Request headers too large\"");
    }
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      client.send(RawHttp.head("GET", "/hello?q=" + "a".repeat(40_000)));
      RawHttp.Response response = client.response(PROMPTLY);
      assertThat(response.status()).isEqualTo(414);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      client.send("NOT HTTP AT ALL\r\n\r\n");
      RawHttp.Response response = client.response(PROMPTLY);
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
  }

  @Test
  void requestsWithinTheLimitsKeepTheirConnection() throws IOException {
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      for (int i = 0; i < 3; i++) {
        client.request("POST", "/notes", "application/json", jsonOf(60 * 1024));
        assertThat(client.response(PROMPTLY).status()).isEqualTo(200);
      }
      client.send(RawHttp.head("GET", "/hello"));
      assertThat(client.response(PROMPTLY).status()).isEqualTo(200);
    }
  }

  private static byte[] jsonOf(int size) {
    String prefix = "{\"text\":\"";
    return (prefix + "a".repeat(size - prefix.length() - 2) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
