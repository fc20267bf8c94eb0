package org.imrf.backbone.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

class ApiDocumentationTest {

  @Test
  void anErrorResponseWithoutAProblemBodyGetsOneAndWhatOnlyItUsedGoes() {
    // given an operation whose 404 springdoc gave the success body (a stream, say)
    OpenAPI openApi =
        new OpenAPI()
            .components(
                new Components()
                    .addSchemas("Counts", new ObjectSchema())
                    .addSchemas("SseEmitter", new ObjectSchema()))
            .paths(
                new Paths()
                    .addPathItem(
                        "/counts",
                        new PathItem()
                            .get(
                                new Operation()
                                    .responses(
                                        new ApiResponses()
                                            .addApiResponse("200", bodyOf("Counts"))
                                            .addApiResponse("404", bodyOf("SseEmitter"))))));

    // when the document is customized
    ApiDocumentation.problemResponses().customise(openApi);

    // then the 404 is a problem, the success body stays, and the stream's schema is gone
    var responses = openApi.getPaths().get("/counts").getGet().getResponses();
    assertThat(responses.get("404").getContent()).containsOnlyKeys(ApiDocumentation.PROBLEM_JSON);
    assertThat(responses.get("200").getContent().get("application/json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/Counts");
    assertThat(openApi.getComponents().getSchemas())
        .containsKeys("Counts", "ProblemDetail")
        .doesNotContainKey("SseEmitter");
  }

  private static ApiResponse bodyOf(String schema) {
    return new ApiResponse()
        .description(schema)
        .content(
            new Content()
                .addMediaType(
                    "application/json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))));
  }
}
