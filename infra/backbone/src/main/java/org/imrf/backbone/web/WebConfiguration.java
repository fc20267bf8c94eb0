package org.imrf.backbone.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The platform's web error model and API documentation conventions in every service. */
@AutoConfiguration
@Import(ProblemDetailsAdvice.class)
public class WebConfiguration {

  @Bean
  OpenApiCustomizer bearerTokenScheme() {
    return OpenApiConventions.bearerTokens();
  }
}
