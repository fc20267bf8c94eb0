package org.imrf.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bad-input tests tell a problem that names the wrong field from one that names the right. */
class ProblemAnswersTest {

  private static final String NAME_TOO_LONG =
      """
      {"title": "Invalid request", "detail": "Invalid field: name",
       "errors": [{"field": "name", "message": "is longer than 200"},
                  {"field": "programme[2].title", "message": "holds \\\\ud800 alone"}]}
      """;

  @Test
  void aProblemNamesTheFieldsItsErrorsListAndTheirParts() {
    assertThat(ProblemAnswers.hasTitle(NAME_TOO_LONG)).isTrue();
    assertThat(ProblemAnswers.namesField(NAME_TOO_LONG, "name")).isTrue();
    assertThat(ProblemAnswers.namesField(NAME_TOO_LONG, "programme")).isTrue();
    assertThat(ProblemAnswers.namesField(NAME_TOO_LONG, "programme[2].title")).isTrue();
  }

  @Test
  void aFieldOnlyMentionedInTheTextOrSharingABeginningIsNotNamed() {
    assertThat(ProblemAnswers.namesField(NAME_TOO_LONG, "email")).isFalse();
    assertThat(ProblemAnswers.namesField(NAME_TOO_LONG, "nam")).isFalse();
    assertThat(ProblemAnswers.namesField("{\"title\": \"Invalid field: email\"}", "email"))
        .isFalse();
  }

  @Test
  void onlyANumberIsAByteOffsetAndAnythingElseIsNoProblem() {
    assertThat(ProblemAnswers.namesByte("{\"title\": \"x\", \"byteOffset\": 17}")).isTrue();
    assertThat(ProblemAnswers.namesByte("{\"title\": \"x\", \"byteOffset\": \"17\"}")).isFalse();
    assertThat(ProblemAnswers.namesByte(NAME_TOO_LONG)).isFalse();
    assertThat(ProblemAnswers.hasTitle("<html>Error</html>")).isFalse();
    assertThat(ProblemAnswers.hasTitle(null)).isFalse();
  }
}
