package org.imrf.notification.delivery;

import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The three channels as scripted senders: the channel port is ours, so a test's own implementation
 * stands in for SMTP, the inbox and endpoints (first by order, ahead of the real ones).
 */
@TestConfiguration
class TestChannels {

  static final String ENDPOINT = "endpoint-1";

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ScriptedSender testEmail() {
    return new ScriptedSender(Channel.EMAIL, List.of(ChannelSender.ONLY_TARGET));
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ScriptedSender testInApp() {
    return new ScriptedSender(Channel.IN_APP, List.of(ChannelSender.ONLY_TARGET));
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ScriptedSender testWebhook() {
    return new ScriptedSender(Channel.WEBHOOK, List.of(ENDPOINT));
  }
}
