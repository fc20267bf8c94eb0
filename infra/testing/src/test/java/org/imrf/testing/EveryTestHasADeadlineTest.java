package org.imrf.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The build gives every test a deadline (the root POM's surefire configuration). */
class EveryTestHasADeadlineTest {

  private static Optional<String> deadline = Optional.empty();

  @RegisterExtension
  static final BeforeEachCallback readDeadline =
      context ->
          deadline = context.getConfigurationParameter("junit.jupiter.execution.timeout.default");

  @Test
  void aTestThatHangsFailsAfterThreeMinutes() {
    assertThat(deadline).hasValue("3 m");
  }
}
