package org.imrf.testing;

import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's view of a service: each package directly below the application class is a
 * feature module whose top-level package is its published face; its sub-packages (adapters,
 * internals) are closed to other features unless declared a named interface. Each service's
 * architecture test calls {@link #verifyAndDocument}.
 */
public final class ServiceModules {

  private ServiceModules() {}

  /**
   * Verifies the modules of the service whose application class is given (no cycles, no access to
   * another feature's internals), then writes their diagrams (C4, PlantUML) and canvases into
   * {@code docs/modules/<service>} of the repository.
   */
  public static ApplicationModules verifyAndDocument(Class<?> application, String service) {
    var modules = ApplicationModules.of(application, withoutTestsOrGeneratedCode());
    modules.verify();
    var folder = repositoryRoot().resolve("docs/modules").resolve(service);
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    return modules;
  }

  private static ImportOption withoutTestsOrGeneratedCode() {
    var tests = new ImportOption.DoNotIncludeTests();
    var generated = new ServiceArchitecture.WithoutAotGeneratedCode();
    return location -> tests.includes(location) && generated.includes(location);
  }

  /** Tests run in their module's folder; the repository is where the Maven wrapper is. */
  static Path repositoryRoot() {
    var folder = Path.of("").toAbsolutePath();
    while (folder != null && !Files.exists(folder.resolve("mvnw"))) {
      folder = folder.getParent();
    }
    if (folder == null) {
      throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
    return folder;
  }
}
