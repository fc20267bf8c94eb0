package org.imrf.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrf.testing.ServiceConventions;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@ServiceTest
class ConventionsTest extends ServiceConventions {

  @Override
  protected int operationsAtLeast() {
    return 39;
  }

  @Test
  void aResponsesCodedFieldAndAListsOrderAreDocumentedFromTheirEnums() {
    JsonNode document =
        http.get()
            .uri("/v3/api-docs")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();

    assertThat(document.at("/components/schemas/Participant/properties/status/enum").valueStream())
        .map(JsonNode::asString)
        .containsExactly("registered", "awaiting-accreditation", "refused", "cancelled", "erased");
    JsonNode sort =
        document
            .at("/paths/~1participants/get/parameters")
            .valueStream()
            .filter(parameter -> parameter.get("name").asString().equals("sort"))
            .findFirst()
            .orElseThrow();
    assertThat(sort.at("/schema/pattern").asString())
        .isEqualTo("(name|organisation|country|category|status|registeredAt)(,(asc|desc))?");
  }
}
