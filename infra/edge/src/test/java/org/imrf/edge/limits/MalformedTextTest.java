package org.imrf.edge.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.imrf.edge.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Text bodies must be well-formed UTF-8 and their JSON strings whole characters: the overlong "/"
 * that slips past input filters, code points beyond Unicode and lone surrogates are refused with
 * 400 before the application reads anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedTextTest {

  private static final Duration PROMPTLY = Duration.ofSeconds(3);

  @LocalServerPort int port;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "C0 AF, an overlong encoding",
    "E0 80 AF, an overlong encoding",
    "F0 80 80 AF, an overlong encoding",
    "F4 90 80 80, a code point beyond U+10FFFF",
    "ED A0 80, a UTF-16 surrogate encoded as UTF-8",
    "80, a continuation byte without a lead byte",
    "C3 28, a truncated sequence",
    "FF, a byte that never occurs in UTF-8"
  })
  void malformedUtf8InAJsonStringIsRefusedNamingWhereAndWhat(String sequence, String reason)
      throws IOException {
    byte[] body = json("{\"text\":\"Test ", sequence, " Person\"}");

    RawHttp.Response response = post("/notes", "application/json", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.body())
        .contains("not well-formed UTF-8: " + reason)
        .contains("at byte 14")
        .contains("\"byteOffset\":14");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"text\":\"Test \\ud800 Person\"}|text|\\\\ud800",
        "{\"text\":\"\\udfff\"}|text|\\\\udfff",
        "{\"text\":\"\\ud83d\"}|text|\\\\ud83d",
        "{\"items\":[\"ok\",{\"name\":\"x\\udc00\"}]}|items[1].name|\\\\udc00"
      })
  void aLoneSurrogateEscapedInJsonIsRefusedNamingTheField(
      String json, String field, String surrogate) throws IOException {
    RawHttp.Response response =
        post("/notes", "application/json", json.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"field\":\"" + field + "\"")
        .contains("holds " + surrogate + " alone");
  }

  @Test
  void textInEveryScriptAndPairedSurrogatesAreWelcome() throws IOException {
    String text = "Amal Nasser · أمل ناصر · 阿迈勒 · Амаль · 😀 · \\ud83d\\ude00";
    RawHttp.Response response =
        post(
            "/notes",
            "application/json",
            ("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("أمل ناصر", "阿迈勒", "Амаль", "😀 · 😀");
  }

  @Test
  void aFormIsCheckedOnceDecodedAndItsFieldsStillReachTheEndpoint() throws IOException {
    RawHttp.Response overlong =
        post(
            "/form",
            "application/x-www-form-urlencoded",
            "name=Test%C0%AFPerson".getBytes(StandardCharsets.US_ASCII));
    assertThat(overlong.status()).isEqualTo(400);
    assertThat(overlong.body()).contains("an overlong encoding (C0 AF)");

    RawHttp.Response fine =
        post(
            "/form?page=2",
            "application/x-www-form-urlencoded",
            "name=%D8%A3%D9%85%D9%84+N".getBytes(StandardCharsets.US_ASCII));
    assertThat(fine.status()).isEqualTo(200);
    assertThat(fine.body()).contains("\"name\":\"أمل N\"", "\"page\":\"2\"");
  }

  @Test
  void jsonInAnotherCharsetIsRefused() throws IOException {
    RawHttp.Response response =
        post(
            "/notes",
            "application/json; charset=ISO-8859-1",
            "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(response.status()).isEqualTo(415);
  }

  @Test
  void aCharsetNobodyKnowsIsRefusedRatherThanGuessed() throws IOException {
    RawHttp.Response response =
        post(
            "/form",
            "application/x-www-form-urlencoded; charset=no-such-charset",
            "name=Amal".getBytes(StandardCharsets.US_ASCII));

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void otherTextIsCheckedToo() throws IOException {
    RawHttp.Response response = post("/notes", "text/plain", json("overlong ", "C0 AF", " slash"));

    assertThat(response.status()).isEqualTo(400);
  }

  private RawHttp.Response post(String target, String type, byte[] body) throws IOException {
    try (RawHttp client = RawHttp.connect("127.0.0.1", port)) {
      client.request("POST", target, type, body);
      return client.response(PROMPTLY);
    }
  }

  /** Text around the bytes written in hex between. */
  private static byte[] json(String before, String hex, String after) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    for (String b : hex.trim().split(" ")) {
      bytes.write(Integer.parseInt(b, 16));
    }
    bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }
}
