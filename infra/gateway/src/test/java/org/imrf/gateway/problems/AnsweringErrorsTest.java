package org.imrf.gateway.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrf.gateway.Caller;
import org.imrf.gateway.FakeService;
import org.imrf.gateway.GatewayTest;
import org.imrf.gateway.SignIns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Whatever the gateway itself refuses or fails at, an API caller gets problem details that say what
 * happened; a browser that asks for a page gets one.
 */
@GatewayTest
class AnsweringErrorsTest {

  @Value("${imrf.gateway.public-url}")
  String gateway;

  @Test
  void anAddressWithNothingBehindItIs404() {
    Caller.Response answer = new Caller(gateway).get("/no/such/page");

    assertProblem(answer, 404);
    assertThat(answer.json().get("detail").asString())
        .isEqualTo("There is nothing at this address.");
    assertThat(answer.json().get("instance").asString()).isEqualTo("/no/such/page");
  }

  @Test
  void aBrowserAskingForAPageGetsAPage() {
    Caller.Response answer =
        new Caller(gateway)
            .get(
                "/no/such/page",
                "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.header("Content-Type")).startsWith("text/html");
    assertThat(answer.body()).contains("<html lang=\"en\"", "There is nothing at this address.");
  }

  @Test
  void aMethodAnAddressDoesNotTakeIs405WithWhatItTakes() {
    Caller.Response answer = new Caller(gateway).send("DELETE", "/me", null);

    assertProblem(answer, 405);
    assertThat(answer.header("Allow")).contains("GET");
  }

  @Test
  void aMalformedAddressIs400() {
    Caller.Response answer = new Caller(gateway).get("/me;jsessionid=stolen");

    assertProblem(answer, 400);
  }

  @Test
  void operationsEndpointsNeedASignedInOpsMember() {
    Caller.Response anonymous =
        new Caller(gateway).get("/actuator/prometheus", "Accept", "application/json");
    Caller.Response organiser =
        SignIns.staff(gateway, "no-ops", "organiser")
            .get("/actuator/prometheus", "Accept", "application/json");
    Caller.Response browser =
        new Caller(gateway).get("/actuator/prometheus", "Accept", "text/html");

    assertProblem(anonymous, 401);
    assertProblem(organiser, 403);
    assertThat(browser.status()).as("a browser is sent to sign in").isEqualTo(302);
    assertThat(browser.location()).isEqualTo(gateway + "/oauth2/authorization/imrf");
  }

  @Test
  void aServiceThatIsDownIs503NamingIt() {
    Caller.Response answer = new Caller(gateway).get("/api/notification/notifications");

    assertProblem(answer, 503);
    assertThat(answer.json().get("service").asString()).isEqualTo("notification");
    assertThat(answer.json().get("detail").asString()).contains("notification", "try again");
  }

  @Test
  void aServiceThatDoesNotAnswerInTimeIs504() {
    try {
      Caller.Response answer = new Caller(gateway).get("/api/registration/stuck");

      assertProblem(answer, 504);
      assertThat(answer.json().get("service").asString()).isEqualTo("registration");
    } finally {
      FakeService.get().release();
    }
  }

  @Test
  void aServiceThatAnswersSomethingOtherThanHttpIs502() {
    Caller.Response answer = new Caller(gateway).get("/api/roundtable/round-tables");

    assertProblem(answer, 502);
    assertThat(answer.json().get("service").asString()).isEqualTo("roundtable");
  }

  @Test
  void anUnforeseenFailureIs500WithoutItsInternals() {
    Caller.Response answer = new Caller(gateway).get("/test/unforeseen");

    assertProblem(answer, 500);
    assertThat(answer.body()).doesNotContain("hunter2", "IllegalStateException", "trace");
  }

  private static void assertProblem(Caller.Response answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    assertThat(answer.json().get("title").asString()).isNotBlank();
    assertThat(answer.json().get("detail").asString()).isNotBlank();
    assertThat(answer.json().get("type").asString()).isNotBlank();
  }
}
