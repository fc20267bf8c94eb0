package org.imrf.backbone.forgetting;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/** Switches forgetting on in a service where a feature declares a {@link ForgetsParticipants}. */
@AutoConfiguration
@ConditionalOnBean(ForgetsParticipants.class)
public class ForgettingConfiguration {

  @Bean
  Forgetting forgetting(JdbcClient jdbc, List<ForgetsParticipants> hooks, ObjectMapper json) {
    return new Forgetting(new JdbcForgottenParticipants(jdbc), hooks, json);
  }
}
