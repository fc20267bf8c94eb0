package org.imrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start-up cache is used only while it was made from the jar and JDK in use: the JVM would ignore
 * a stale one silently, and the service would start slowly without anyone knowing why.
 */
class KeepingStartCachesCurrentTest {

  @TempDir Path folder;

  private final ServiceSpec service = ServiceSpec.ALL.get(1);

  @Test
  void aCacheIsUsedUntilTheServiceIsRebuiltOrTheJdkChanges() throws IOException {
    // given a built service and JDK 25
    Path jar = jar("built once");
    Jdk twentyFive = new Jdk(folder.resolve("jdk-25"), "25.0.3", 25);
    StartCache cache = new StartCache(service, jar, twentyFive, folder.resolve("app"));
    assertThat(cache.staleness()).hasValue("no start-up cache yet");
    assertThat(cache.runOptions()).isEmpty();
    assertThat(cache.jarToRun()).isEqualTo(jar);

    // when a training run has made it
    made(cache);

    // then the service starts from the extracted jar with the AOT cache
    assertThat(cache.staleness()).isEmpty();
    assertThat(cache.jarToRun()).isEqualTo(cache.runnableJar());
    assertThat(cache.runOptions()).containsExactly("-XX:AOTCache=" + cache.cache());

    // and on another JDK the same cache is stale, and the reason said
    StartCache onSeventeen =
        new StartCache(
            service, jar, new Jdk(folder.resolve("jdk-17"), "17.0.15", 17), folder.resolve("app"));
    assertThat(onSeventeen.staleness()).hasValue("no start-up cache yet");
    Files.writeString(cache.runnableJar().resolveSibling("app.jsa"), "archive");
    assertThat(onSeventeen.staleness()).hasValue("the JDK changed");

    // and a rebuild that changed nothing keeps it, though Spring AOT wrote its output in
    // another order
    jar("built once", "proxy methods in another order");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
    assertThat(cache.staleness()).isEmpty();

    // but once the service changed, it is stale
    jar("built again, changed");
    assertThat(cache.staleness()).hasValue("the service was rebuilt");
    assertThat(cache.runOptions()).isEmpty();
  }

  @Test
  void onJdk17To24TheCacheIsAClassDataSharingArchive() throws IOException {
    Path jar = jar("built");
    StartCache cache =
        new StartCache(
            service, jar, new Jdk(folder.resolve("jdk-21"), "21.0.4", 21), folder.resolve("app"));
    made(cache);

    assertThat(cache.runOptions()).containsExactly("-XX:SharedArchiveFile=" + cache.cache());
    assertThat(cache.cache().getFileName()).hasToString("app.jsa");
  }

  private Path jar(String content) throws IOException {
    return jar(content, "proxy methods in one order");
  }

  /**
   * A service's jar whose one class holds {@code content}, with what Spring AOT generates from it
   * holding {@code generated}.
   */
  private Path jar(String content, String generated) throws IOException {
    Path jar = folder.resolve("registration-service.jar");
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
      entry(zip, "BOOT-INF/classes/App.class", content);
      entry(zip, "BOOT-INF/classes/App$$SpringCGLIB$$0.class", generated);
      entry(zip, "BOOT-INF/classes/App__BeanFactoryRegistrations.class", generated);
      entry(zip, "META-INF/native-image/org.imrf/app/reachability-metadata.json", generated);
      entry(zip, "BOOT-INF/layers.idx", generated);
    }
    return jar;
  }

  private static void entry(java.util.zip.ZipOutputStream zip, String name, String content)
      throws IOException {
    zip.putNextEntry(new java.util.zip.ZipEntry(name));
    zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** What a training run leaves: the extracted jar, the cache, its stamp. */
  private static void made(StartCache cache) throws IOException {
    Files.createDirectories(cache.runnableJar().getParent());
    Files.writeString(cache.runnableJar(), "extracted");
    Files.writeString(cache.cache(), "cache");
    Files.writeString(cache.runnableJar().resolveSibling("cache.stamp"), cache.stamp());
  }
}
