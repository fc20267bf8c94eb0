package org.imrf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients on different addresses reaching registration-service through the gateway, each process
 * from its own jar: the service counts each client on its own and points them at the gateway's
 * public address. Linux routes all of 127.0.0.0/8 to the loopback interface, so a client socket
 * bound to 127.0.0.2 is another client at another address.
 */
class ClientsThroughTheGatewayTest {

  static final int LIMIT = RegistrationBehindTheGateway.REGISTRATIONS_PER_ADDRESS;

  @RegisterExtension
  static final SharedPlatform<RegistrationBehindTheGateway> platform =
      RegistrationBehindTheGateway.shared();

  static int gatewayPort;
  static String publicUrl;

  @BeforeAll
  static void gateway() {
    gatewayPort = platform.get().gatewayPort;
    publicUrl = platform.get().publicUrl;
  }

  @Test
  void oneClientFloodingRegistrationsIsTurnedAwayWhileAnotherIsStillServed() {
    // given a client at 127.0.0.2 that registers as often as the limit allows, each time naming
    // another address of its own in X-Forwarded-For
    for (int i = 0; i < LIMIT; i++) {
      assertThat(register("127.0.0.2", "198.51.100." + i).status()).isEqualTo(201);
    }

    // when it goes on, it is turned away
    Answer flooding = register("127.0.0.2", "198.51.100.99");
    assertThat(flooding.status()).isEqualTo(429);
    assertThat(flooding.headers()).containsKey("retry-after");

    // while another client, at 127.0.0.3, through the same gateway, is still served
    assertThat(register("127.0.0.3", null).status()).isEqualTo(201);
  }

  @Test
  void aRegistrationThroughTheGatewayIsAtTheGatewaysPublicAddress() {
    Answer registered = register("127.0.0.4", null);

    assertThat(registered.status()).isEqualTo(201);
    String location = registered.headers().get("location");
    assertThat(location).matches(publicUrl + "/api/registration/participants/[0-9a-f-]{36}");
    // and it leads there: the participant reads their registration at that address
    String id = location.substring(location.lastIndexOf('/') + 1);
    assertThat(Http.get(location, TestTokens.attendee(UUID.fromString(id))).status())
        .isEqualTo(200);
  }

  /**
   * {@code POST /api/registration/participants} to the gateway from a socket bound to {@code from}.
   */
  private static Answer register(String from, String claimedAddress) {
    String body =
        """
        {"edition": "imrf-2026", "name": "Thandiwe Ndlovu", "email": "%s@example.org",
         "preferredLanguage": "en", "organisation": "Permanent Mission of South Africa",
         "country": "ZA", "category": "member-state", "attendance": "online"}
        """
            .formatted(UUID.randomUUID());
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String request =
        "POST /api/registration/participants HTTP/1.1\r\n"
            + "Host: 127.0.0.1:"
            + gatewayPort
            + "\r\n"
            + "Content-Type: application/json\r\n"
            + "Content-Length: "
            + bytes.length
            + "\r\n"
            + (claimedAddress == null ? "" : "X-Forwarded-For: " + claimedAddress + "\r\n")
            + "Connection: close\r\n\r\n";
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", gatewayPort), 2_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      return Answer.read(socket.getInputStream());
    } catch (IOException e) {
      throw new IllegalStateException("the gateway did not answer", e);
    }
  }

  /** A response's status and headers (names in lower case). */
  record Answer(int status, Map<String, String> headers) {

    static Answer read(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      // up to the blank line that ends the headers
      for (int b = in.read(); b != -1; b = in.read()) {
        head.write(b);
        if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
          break;
        }
      }
      String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.put(
              lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
              lines[i].substring(colon + 1).strip());
        }
      }
      return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers);
    }
  }
}
