package org.imrf.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rule that picks where Kafka and PostgreSQL come from (explicit → containers → embedded),
 * tried with a fake Docker engine: the containers path is chosen and configured exactly as on a
 * machine with Docker, even on machines that have none.
 */
class ChoosingKafkaAndPostgresTest {

  private final List<String> progress = new ArrayList<>();

  @ParameterizedTest
  @EnumSource(Mode.class)
  void givenAnEndpointItIsUsedInEveryModeWithoutAskingForDocker(Mode mode) {
    FakeEngine engine = FakeEngine.answering(true);

    Source source = Source.choose("Kafka", Optional.of("kafka:9092"), mode, engine, progress::add);

    assertThat(source).isEqualTo(Source.EXPLICIT);
    assertThat(engine.asked).hasValue(0);
  }

  @Test
  void givenAutoAndAnEngineThatAnswersContainersAreUsed() {
    Source source =
        Source.choose(
            "Kafka", Optional.empty(), Mode.AUTO, FakeEngine.answering(true), progress::add);

    assertThat(source).isEqualTo(Source.CONTAINERS);
    assertThat(progress).containsExactly("Kafka: Testcontainers (a Docker engine answers)");
  }

  @Test
  void givenAutoAndNoEngineTheEmbeddedServicesAreUsed() {
    Source source =
        Source.choose(
            "PostgreSQL", Optional.empty(), Mode.AUTO, FakeEngine.answering(false), progress::add);

    assertThat(source).isEqualTo(Source.EMBEDDED);
    assertThat(progress).containsExactly("PostgreSQL: embedded (no Docker engine)");
  }

  @Test
  void givenEmbeddedModeDockerIsNotEvenAsked() {
    FakeEngine engine = FakeEngine.answering(true);

    Source source = Source.choose("Kafka", Optional.empty(), Mode.EMBEDDED, engine, progress::add);

    assertThat(source).isEqualTo(Source.EMBEDDED);
    assertThat(engine.asked).hasValue(0);
  }

  @Test
  void givenContainersRequiredTheyAreUsedWhenAnEngineAnswers() {
    assertThat(
            Source.choose(
                "Kafka",
                Optional.empty(),
                Mode.TESTCONTAINERS,
                FakeEngine.answering(true),
                progress::add))
        .isEqualTo(Source.CONTAINERS);
  }

  @Test
  void givenContainersRequiredWithoutAnEngineTheAnswerSaysWhatToDo() {
    assertThatThrownBy(
            () ->
                Source.choose(
                    "PostgreSQL",
                    Optional.empty(),
                    Mode.TESTCONTAINERS,
                    FakeEngine.answering(false),
                    progress::add))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no Docker engine answers")
        .hasMessageContaining("IMRF_DEVSERVICES=auto");
  }

  @Test
  void theModeIsReadFromTheEnvironmentAndAMistakeIsNamed() {
    assertThat(Settings.forTests(Path.of("x"), Map.of()).mode()).isEqualTo(Mode.AUTO);
    assertThat(Settings.forTests(Path.of("x"), Map.of("IMRF_DEVSERVICES", " Embedded ")).mode())
        .isEqualTo(Mode.EMBEDDED);
    assertThat(Settings.forTests(Path.of("x"), Map.of("IMRF_DEVSERVICES", "testcontainers")).mode())
        .isEqualTo(Mode.TESTCONTAINERS);
    assertThatThrownBy(() -> Settings.forTests(Path.of("x"), Map.of("IMRF_DEVSERVICES", "docker")))
        .hasMessageContaining("auto, testcontainers or embedded, not 'docker'");
  }

  @Test
  void withoutAnySignOfAnEngineTestcontainersIsNotAsked() {
    AtomicInteger asked = new AtomicInteger();
    DockerEngine engine =
        DockerEngine.askedOnce(
            Map.of(), Path.of("/home/someone"), path -> false, () -> asked.incrementAndGet() > 0);

    assertThat(engine.reachable()).isFalse();
    assertThat(asked).hasValue(0);
  }

  @Test
  void givenASignOfAnEngineTestcontainersIsAskedOnce() {
    AtomicInteger asked = new AtomicInteger();
    DockerEngine bySocket =
        DockerEngine.askedOnce(
            Map.of(),
            Path.of("/home/someone"),
            Set.of(Path.of("/var/run/docker.sock"))::contains,
            () -> asked.incrementAndGet() > 0);

    assertThat(bySocket.reachable()).isTrue();
    assertThat(bySocket.reachable()).isTrue();
    assertThat(asked).hasValue(1);

    DockerEngine byHostThatDoesNotAnswer =
        DockerEngine.askedOnce(
            Map.of("DOCKER_HOST", "tcp://docker:2375"), Path.of("/h"), path -> false, () -> false);
    assertThat(byHostThatDoesNotAnswer.reachable()).isFalse();

    DockerEngine byUserSocket =
        DockerEngine.askedOnce(
            Map.of(),
            Path.of("/home/someone"),
            Set.of(Path.of("/home/someone/.docker/run/docker.sock"))::contains,
            () -> true);
    assertThat(byUserSocket.reachable()).isTrue();
  }

  /** A Docker engine that answers as told and counts the questions. */
  private record FakeEngine(boolean answer, AtomicInteger asked) implements DockerEngine {
    static FakeEngine answering(boolean answer) {
      return new FakeEngine(answer, new AtomicInteger());
    }

    @Override
    public boolean reachable() {
      asked.incrementAndGet();
      return answer;
    }
  }
}
