package org.imrf.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Every request body a service takes, and any body sent anywhere else, is refused with 400 problem
 * details when its text is not text (malformed UTF-8, lone surrogates: {@link MalformedText}),
 * naming the field with the lone surrogate or the byte where UTF-8 breaks, and nothing is written.
 * Extend it in a {@link ServiceTest}, listing the endpoints that take a body.
 */
public abstract class MalformedBodies {

  /** Generated bodies per endpoint. */
  protected static final int SAMPLES = 150;

  @Autowired protected RestTestClient http;
  @Autowired protected JdbcClient jdbc;

  /**
   * An endpoint that takes a body, with a valid one (whose strings carry {@code marker}), as JSON
   * or as a form, and the bearer token to send (null for none).
   */
  protected record Endpoint(
      String method,
      String path,
      String contentType,
      Map<String, Object> json,
      Map<String, String> form,
      String token) {

    public static Endpoint json(
        String method, String path, String contentType, Map<String, Object> body, String token) {
      return new Endpoint(method, path, contentType, body, null, token);
    }

    public static Endpoint form(String method, String path, Map<String, String> fields) {
      return new Endpoint(
          method, path, MediaType.APPLICATION_FORM_URLENCODED_VALUE, null, fields, null);
    }

    Arbitrary<MalformedText.Sample> malformed() {
      if (form != null) {
        return MalformedText.inForm(form);
      }
      // a lone surrogate is a JSON escape: in other text it is six ordinary characters
      return MediaType.parseMediaType(contentType).getSubtype().contains("json")
          ? MalformedText.inJson(json)
          : MalformedText.malformedUtf8InJson(json);
    }
  }

  /** The service's endpoints that take a body; {@code marker} goes into their strings. */
  protected abstract List<Endpoint> endpoints(String marker);

  @Test
  void malformedTextInAnyRequestBodyIsRefusedAndNothingIsWritten() {
    // given the service's endpoints, and places that take no body at all
    String marker = "malformed-" + UUID.randomUUID();
    List<Endpoint> endpoints = new ArrayList<>(endpoints(marker));
    Map<String, Object> anything = Map.of("text", "anything " + marker, "list", List.of(marker));
    endpoints.add(Endpoint.json("POST", "/", "application/json", anything, TestTokens.organiser()));
    endpoints.add(
        Endpoint.json("PUT", "/no-such-thing", "application/json", anything, TestTokens.ops()));
    endpoints.add(
        Endpoint.json("POST", "/actuator/health", "text/plain", anything, TestTokens.ops()));

    // when each gets bodies whose strings hold malformed UTF-8 or lone surrogates
    List<String> wrongAnswers = new ArrayList<>();
    int sent = 0;
    for (Endpoint endpoint : endpoints) {
      for (MalformedText.Sample sample :
          endpoint.malformed().sampleStream().limit(SAMPLES).toList()) {
        send(endpoint, sample, wrongAnswers);
        sent++;
      }
    }

    // then every one was refused as malformed, with problem details
    assertThat(wrongAnswers).as("requests not refused with 400 problem details").isEmpty();
    assertThat(sent).isGreaterThanOrEqualTo(SAMPLES * endpoints.size());
    // and nothing the service holds mentions them
    assertThat(StoredRows.mentioning(jdbc, marker)).as("rows written").isEmpty();
  }

  private void send(Endpoint endpoint, MalformedText.Sample sample, List<String> wrongAnswers) {
    var spec =
        http.method(HttpMethod.valueOf(endpoint.method()))
            .uri(endpoint.path())
            .contentType(MediaType.parseMediaType(endpoint.contentType()));
    if (endpoint.token() != null) {
      spec.header("Authorization", "Bearer " + endpoint.token());
    }
    var result = spec.body(sample.body()).exchange().returnResult(String.class);
    int status = result.getStatus().value();
    MediaType type = result.getResponseHeaders().getContentType();
    String body = result.getResponseBody();
    boolean problem =
        type != null
            && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            && ProblemAnswers.hasTitle(body)
            && (sample.field() == null
                ? ProblemAnswers.namesByte(body)
                : ProblemAnswers.namesField(body, sample.field()));
    if (status != 400 || !problem) {
      wrongAnswers.add(
          status
              + " "
              + type
              + " for "
              + endpoint.method()
              + " "
              + endpoint.path()
              + " with "
              + sample
              + " → "
              + result.getResponseBody());
    }
  }
}
