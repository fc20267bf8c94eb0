package org.imrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher runs the services on the newest JDK it finds, unless told which. */
class ChoosingTheJdkTest {

  @TempDir Path machine;

  @Test
  void theNewestJdkOfTheMachineWinsOverAnOlderJavaHome() throws IOException {
    // given JAVA_HOME at 17 and a 25 among the machine's JDKs
    Path seventeen = jdk("java-17", "17.0.15");
    jdk("temurin-25", "25.0.3");
    jdk("java-8", "1.8.0_402");

    // when the launcher chooses
    Jdks.Choice choice =
        Jdks.choose(Map.of("JAVA_HOME", seventeen.toString()), seventeen, List.of(machine));

    // then it takes 25, and says where it found it, why, and what else there was
    assertThat(choice.jdk().feature()).isEqualTo(25);
    assertThat(choice.jdk().hasAotCache()).isTrue();
    assertThat(choice.reason())
        .contains("JDK 25.0.3", "the newest found", "also: 17.0.15", "AOT cache")
        .doesNotContain("1.8");
  }

  @Test
  void amongEqualVersionsJavaHomeComesFirst() throws IOException {
    Path mine = jdk("my-21", "21.0.4");
    jdk("other-21", "21.0.4");

    Jdks.Choice choice = Jdks.choose(Map.of("JAVA_HOME", mine.toString()), mine, List.of());

    assertThat(choice.jdk().home()).isEqualTo(mine.toRealPath());
    assertThat(choice.reason()).contains("(JAVA_HOME)", "class data sharing archive");
  }

  @Test
  void imrfJavaHomeDecidesWhateverElseThereIs() throws IOException {
    Path seventeen = jdk("java-17", "17.0.15");
    jdk("temurin-25", "25.0.3");

    Jdks.Choice choice =
        Jdks.choose(Map.of("IMRF_JAVA_HOME", seventeen.toString()), seventeen, List.of(machine));

    assertThat(choice.jdk().feature()).isEqualTo(17);
    assertThat(choice.reason()).contains("as IMRF_JAVA_HOME says");
  }

  @Test
  void anImrfJavaHomeThatIsNoJdkOrTooOldIsRefusedByName() throws IOException {
    Path eight = jdk("java-8", "1.8.0_402");

    assertThatThrownBy(
            () ->
                Jdks.choose(
                    Map.of("IMRF_JAVA_HOME", machine.resolve("nothing").toString()),
                    eight,
                    List.of()))
        .hasMessageContaining("IMRF_JAVA_HOME")
        .hasMessageContaining("is not a JDK");
    assertThatThrownBy(
            () -> Jdks.choose(Map.of("IMRF_JAVA_HOME", eight.toString()), eight, List.of()))
        .hasMessageContaining("17 or newer");
  }

  private Path jdk(String name, String version) throws IOException {
    Path home = machine.resolve(name);
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(
        home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    return home;
  }
}
