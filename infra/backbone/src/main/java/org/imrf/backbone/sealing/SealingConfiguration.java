package org.imrf.backbone.sealing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** A {@link Sealer} in services given the sealing key. */
@AutoConfiguration
public class SealingConfiguration {

  @Bean
  @ConditionalOnProperty("imrf.sealing.key")
  Sealer sealer(@Value("${imrf.sealing.key}") String key) {
    return new Sealer(key);
  }
}
