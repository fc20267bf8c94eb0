package org.imrf.gateway.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.imrf.gateway.Caller;
import org.imrf.gateway.FakeProvider;
import org.imrf.gateway.GatewayApplication;
import org.imrf.gateway.GatewayTest;
import org.imrf.gateway.GatewayTestInitializer;
import org.imrf.gateway.SignIns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two gateway instances each hold their own sessions: both hear the event, not one of them, as they
 * would if they shared a consumer group.
 */
@GatewayTest
class EveryInstanceTest {

  private final FakeProvider provider = FakeProvider.get();

  @Value("${imrf.gateway.public-url}")
  String gateway;

  @Test
  void eachInstanceEndsItsOwnSessionsOfAnErasedParticipant() {
    try (ConfigurableApplicationContext second =
        new SpringApplicationBuilder(GatewayApplication.class)
            .initializers(new GatewayTestInitializer())
            .run()) {
      String other = second.getEnvironment().getProperty("imrf.gateway.public-url");
      UUID participant = UUID.randomUUID();
      Caller here = SignIns.openLink(gateway, provider.issueLink(participant));
      Caller there = SignIns.openLink(other, provider.issueLink(participant));
      assertThat(EndingSessionsTest.kind(there)).isEqualTo("participant");

      Events.participant("imrf.participant.erased.v1", participant, Events.erased(participant));

      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () ->
                  EndingSessionsTest.kind(here).equals("anonymous")
                      && EndingSessionsTest.kind(there).equals("anonymous"));
    }
  }
}
