package org.imrf.gateway.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.imrf.devservices.process.Ports;
import org.imrf.gateway.Caller;
import org.imrf.gateway.FakeProvider;
import org.imrf.gateway.GatewayApplication;
import org.imrf.gateway.GatewayTestInitializer;
import org.imrf.gateway.SignIns;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Kafka only speeds up the end of sessions: a gateway whose broker is away still starts, is ready,
 * and signs people in.
 */
class WithoutTheBrokerTest {

  @Test
  void aGatewayWithoutItsBrokerIsReadyAndSignsPeopleIn() {
    int nobody = Ports.free();
    try (ConfigurableApplicationContext gateway =
        new SpringApplicationBuilder(GatewayApplication.class)
            .initializers(
                new GatewayTestInitializer(),
                context ->
                    TestPropertyValues.of("spring.kafka.bootstrap-servers=127.0.0.1:" + nobody)
                        .applyTo(context.getEnvironment()))
            .run()) {
      String url = gateway.getEnvironment().getProperty("imrf.gateway.public-url");

      Caller.Response readiness = new Caller(url).get("/actuator/health/readiness");
      Caller participant = SignIns.openLink(url, FakeProvider.get().issueLink(UUID.randomUUID()));

      assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
      assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
      assertThat(EndingSessionsTest.kind(participant)).isEqualTo("participant");
    }
  }
}
