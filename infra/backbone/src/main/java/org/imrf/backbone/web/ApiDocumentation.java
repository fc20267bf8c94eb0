package org.imrf.backbone.web;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.imrf.backbone.domain.Coded;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springframework.http.ProblemDetail;

/**
 * The OpenAPI document says what the platform does the same way everywhere, so that controllers
 * need not: every error response an operation declares ({@code @ApiResponse(responseCode = "404",
 * description = "No such edition")}) is an {@code application/problem+json} {@link ProblemDetail},
 * and a field or parameter marked {@link OneOf} or {@link SortedBy} says which codes of its enum it
 * takes.
 */
final class ApiDocumentation {

  static final String PROBLEM_JSON = "application/problem+json";
  private static final String PROBLEM_SCHEMA = "ProblemDetail";
  private static final String SCHEMAS = "#/components/schemas/";

  private ApiDocumentation() {}

  /** Error responses declared without a problem body are given one. */
  static OpenApiCustomizer problemResponses() {
    return openApi -> {
      List<ApiResponse> errors = new ArrayList<>();
      operations(openApi)
          .filter(operation -> operation.getResponses() != null)
          .forEach(
              operation ->
                  operation
                      .getResponses()
                      .forEach(
                          (status, response) -> {
                            // springdoc would give it the operation's success body otherwise
                            if (isError(status)
                                && (response.getContent() == null
                                    || !response.getContent().containsKey(PROBLEM_JSON))) {
                              errors.add(response);
                            }
                          }));
      if (errors.isEmpty()) {
        return;
      }
      Schema<?> problem =
          SpringDocAnnotationsUtils.extractSchema(
              openApi.getComponents(), ProblemDetail.class, null, null, openApi.getSpecVersion());
      Schema<?> reference =
          problem != null && problem.get$ref() != null
              ? problem
              : new Schema<>().$ref(SCHEMAS + PROBLEM_SCHEMA);
      Set<String> replaced = new HashSet<>();
      for (ApiResponse response : errors) {
        if (response.getContent() != null) {
          response.getContent().values().stream()
              .map(MediaType::getSchema)
              .filter(schema -> schema != null && schema.get$ref() != null)
              .forEach(schema -> replaced.add(schema.get$ref()));
        }
        response.setContent(
            new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(reference)));
      }
      withoutUnreferenced(openApi, replaced);
    };
  }

  /** A schema springdoc made only for the bodies replaced above (an SseEmitter, say) goes too. */
  private static void withoutUnreferenced(OpenAPI openApi, Set<String> references) {
    if (references.isEmpty() || openApi.getComponents() == null) {
      return;
    }
    String document = Json.pretty(openApi);
    for (String reference : references) {
      if (reference.startsWith(SCHEMAS) && !document.contains("\"" + reference + "\"")) {
        openApi.getComponents().getSchemas().remove(reference.substring(SCHEMAS.length()));
      }
    }
  }

  /**
   * A field marked {@link OneOf} (or a list of them) lists the codes as its {@code enum}; one
   * marked {@link SortedBy} gives the orders it takes as its {@code pattern}.
   */
  static PropertyCustomizer codedProperties() {
    return (property, type) -> {
      if (type.getCtxAnnotations() != null) {
        for (Annotation annotation : type.getCtxAnnotations()) {
          withCodes(property, annotation);
        }
      }
      return property;
    };
  }

  /** A query or path parameter marked {@link OneOf} or {@link SortedBy}, likewise. */
  static ParameterCustomizer codedParameters() {
    return (parameter, method) -> {
      if (parameter != null && parameter.getSchema() != null) {
        for (Annotation annotation : method.getParameterAnnotations()) {
          withCodes(parameter.getSchema(), annotation);
        }
      }
      return parameter;
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void withCodes(Schema schema, Annotation annotation) {
    if (annotation instanceof OneOf oneOf) {
      Schema elements = elementsOf(schema);
      elements.setEnum(new ArrayList<>(Coded.codes(oneOf.value())));
    } else if (annotation instanceof SortedBy sortedBy) {
      schema.setPattern(SortedByValidator.pattern(sortedBy.value()));
    }
  }

  /** A list's codes are its items'. */
  private static Schema<?> elementsOf(Schema<?> schema) {
    return schema.getItems() != null && "array".equals(typeOf(schema)) ? schema.getItems() : schema;
  }

  private static String typeOf(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    return schema.getTypes() == null ? null : schema.getTypes().stream().findFirst().orElse(null);
  }

  private static boolean isError(String status) {
    return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
  }

  private static Stream<Operation> operations(OpenAPI openApi) {
    if (openApi.getPaths() == null) {
      return Stream.empty();
    }
    return openApi.getPaths().values().stream()
        .flatMap(path -> path.readOperations().stream())
        .filter(Objects::nonNull);
  }
}
