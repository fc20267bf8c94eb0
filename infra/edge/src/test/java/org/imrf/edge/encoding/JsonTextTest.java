package org.imrf.edge.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void findsALoneSurrogateAndNamesItsFieldAsProblemsDo() {
    assertThat(scan("{\"programme\":[{\"title\":\"ok\"},{\"title\":\"x\\uD800y\"}]}"))
        .contains(new JsonText.UnpairedSurrogate("programme[1].title", "\\ud800"));
    assertThat(scan("[\"\\udc00\"]")).contains(new JsonText.UnpairedSurrogate("[0]", "\\udc00"));
    assertThat(scan("\"\\ud800\"")).contains(new JsonText.UnpairedSurrogate("body", "\\ud800"));
  }

  @Test
  void aPairIsOneCharacterAndNeedsNoComplaint() {
    assertThat(scan("{\"emoji\":\"\\ud83d\\ude00 and 😀\"}")).isEmpty();
  }

  @Test
  void aSurrogateBackwardsIsTwoLoneOnes() {
    assertThat(scan("{\"text\":\"\\ude00\\ud83d\"}"))
        .contains(new JsonText.UnpairedSurrogate("text", "\\ude00"));
  }

  @Test
  void whatIsNotJsonIsLeftToWhoeverReadsIt() {
    assertThat(scan("{\"text\":\"\\ud800")).isEmpty();
    assertThat(scan("not json")).isEmpty();
  }

  private static java.util.Optional<JsonText.UnpairedSurrogate> scan(String json) {
    return JsonText.firstUnpairedSurrogate(json.getBytes(StandardCharsets.UTF_8));
  }
}
