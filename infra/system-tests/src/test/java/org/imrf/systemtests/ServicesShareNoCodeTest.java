package org.imrf.systemtests;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imrf.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The services, analysed together as one code base (each service's own architecture test sees only
 * itself): none uses another's code; all share only the backbone and the HTTP edge.
 */
class ServicesShareNoCodeTest {

  /** Each service's module, and the package its code lives in. */
  private static final Map<String, String> SERVICES =
      Map.of(
          "registration-service", "registration",
          "notification-service", "notification",
          "roundtable-service", "roundtable",
          "sideevent-service", "sideevent",
          "infra/identity", "identity",
          "infra/gateway", "gateway");

  private static final List<String> SHARED = List.of("infra/backbone", "infra/edge");

  @Test
  void noServiceDependsOnAnotherAndAllShareOnlyTheBackboneAndTheEdge() {
    Path root = Path.of(System.getProperty("imrf.home", "../..")).toAbsolutePath().normalize();
    List<Path> built =
        java.util.stream.Stream.concat(SERVICES.keySet().stream(), SHARED.stream())
            .map(module -> root.resolve(module).resolve("target").resolve("classes"))
            .toList();
    assertThat(built).as("every module built (run with -am)").allMatch(Files::isDirectory);
    JavaClasses platform =
        new ClassFileImporter()
            .withImportOption(new ServiceArchitecture.WithoutAotGeneratedCode())
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPaths(built);
    SERVICES
        .values()
        .forEach(
            service ->
                assertThat(platform.stream().map(JavaClass::getPackageName))
                    .as("classes of " + service)
                    .anyMatch(name -> name.startsWith("org.imrf." + service)));

    slices()
        .matching("org.imrf.(*)..")
        .namingSlices("$1")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            JavaClass.Predicates.resideInAPackage("org.imrf.."),
            JavaClass.Predicates.resideInAnyPackage("org.imrf.backbone..", "org.imrf.edge.."))
        .check(platform);
    ServiceArchitecture.servicesShareNoCodeButTheBackbone.check(platform);
  }
}
