package org.imrf.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * What every service offers operations, whatever its features: extend it in a {@link ServiceTest}.
 */
public abstract class ServiceConventions {

  @Autowired protected RestTestClient http;

  @Value("${spring.application.name}")
  protected String application;

  @Test
  void itsReadinessCoversItsDatabaseAndKafka() {
    http.get()
        .uri("/actuator/health/readiness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components.db.status")
        .isEqualTo("UP")
        .jsonPath("$.components.kafka.status")
        .isEqualTo("UP");
  }

  @Test
  void itReportsLivenessSeparatelyFromReadiness() {
    http.get()
        .uri("/actuator/health/liveness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components.db")
        .doesNotExist();
  }

  @Test
  void itsPrometheusMetricsCarryTheApplicationName() {
    String metrics =
        http.get()
            .uri("/actuator/prometheus")
            .header("Authorization", "Bearer " + TestTokens.ops())
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(String.class)
            .getResponseBody();
    assertThat(metrics).contains("application=\"" + application + "\"");
  }

  @Test
  void itsInfoShowsTheBuildVersionAndGitCommit() {
    http.get()
        .uri("/actuator/info")
        .header("Authorization", "Bearer " + TestTokens.ops())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.build.version")
        .isNotEmpty()
        .jsonPath("$.build.name")
        .isEqualTo(application)
        .jsonPath("$.git.commit.id")
        .isNotEmpty();
  }

  @Test
  void itPublishesItsOpenApiDocumentAndSwaggerUi() {
    http.get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.openapi")
        .isNotEmpty();
    http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
  }

  @Test
  void everyOperationItDocumentsSaysWhatItDoes() {
    JsonNode document =
        http.get()
            .uri("/v3/api-docs")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();
    List<String> undocumented = new ArrayList<>();
    AtomicInteger operations = new AtomicInteger();
    document
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          operations.incrementAndGet();
                          JsonNode summary = operation.getValue().get("summary");
                          if (summary == null || summary.asString().isBlank()) {
                            undocumented.add(
                                operation.getKey().toUpperCase() + " " + path.getKey());
                          }
                        }));
    assertThat(operations.get())
        .as("documented operations")
        .isGreaterThanOrEqualTo(operationsAtLeast());
    assertThat(undocumented).as("operations without an @Operation summary").isEmpty();
  }

  /** How many operations the service's API has at least: a document that lost them fails. */
  protected int operationsAtLeast() {
    return 0;
  }

  @Test
  void itsMetricsAndInfoAreForOperationsOnly() {
    http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
    http.get()
        .uri("/actuator/prometheus")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void itDeniesWhatNoRuleAllowsWithProblemDetails() {
    http.get()
        .uri("/no-such-resource")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .valueMatches("WWW-Authenticate", "Bearer.*")
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(401);
    http.get()
        .uri("/no-such-resource")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(403);
  }

  @Test
  void aTokenFromAnotherIssuerOrTamperedWithIsRefused() {
    String token = TestTokens.organiser();
    String tampered = token.substring(0, token.length() - 4) + "AAAA";
    http.get()
        .uri("/actuator/info")
        .header("Authorization", "Bearer " + tampered)
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The bearer token is not valid: it may have expired.");
  }
}
