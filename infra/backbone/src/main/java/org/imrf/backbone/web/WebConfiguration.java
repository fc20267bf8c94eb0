package org.imrf.backbone.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/** The platform's web error model and API documentation conventions in every service. */
@AutoConfiguration
@Import(ProblemDetailsAdvice.class)
public class WebConfiguration {

  /**
   * A request's types are what the API documents: {@code 42} is not a name and {@code "true"} not a
   * consent, so they are refused (400 naming the field) rather than quietly converted.
   */
  @Bean
  JsonMapperBuilderCustomizer strictRequestTypes() {
    return builder ->
        builder
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(
                LogicalType.Textual,
                config ->
                    config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(
                LogicalType.Boolean,
                config ->
                    config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
  }

  @Bean
  OpenApiCustomizer bearerTokenScheme() {
    return OpenApiConventions.bearerTokens();
  }

  @Bean
  OpenApiCustomizer problemResponses() {
    return ApiDocumentation.problemResponses();
  }

  @Bean
  PropertyCustomizer codedProperties() {
    return ApiDocumentation.codedProperties();
  }

  @Bean
  ParameterCustomizer codedParameters() {
    return ApiDocumentation.codedParameters();
  }
}
