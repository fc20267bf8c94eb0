package org.imrf.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The structure every service keeps, checked by each service's architecture test with {@code
 * ArchTests.in(ServiceArchitecture.class)}. A service is {@code org.imrf.<service>}; a feature is a
 * package directly below it, holding its domain, with its adapters in {@code web}, {@code
 * messaging} and {@code persistence} sub-packages.
 */
public final class ServiceArchitecture {

  private ServiceArchitecture() {}

  /** A class named {@code Jdbc…}, or one nested in it (row mappers, lambdas). */
  static final DescribedPredicate<JavaClass> JDBC_ADAPTERS =
      DescribedPredicate.describe(
          "JDBC adapters (Jdbc…)",
          javaClass -> {
            var outermost = javaClass;
            while (outermost.getEnclosingClass().isPresent()) {
              outermost = outermost.getEnclosingClass().get();
            }
            return outermost.getSimpleName().startsWith("Jdbc");
          });

  /**
   * Leaves out what Spring AOT generates into the service's classes at package time (bean
   * definitions, proxies): framework wiring that calls every adapter, not the service's structure.
   */
  public static final class WithoutAotGeneratedCode implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("__") && !location.contains("SpringCGLIB");
    }
  }

  @ArchTest
  public static final ArchRule featuresAreFreeOfCycles =
      slices()
          .matching("org.imrf.(*).(*)..")
          .namingSlices("feature $2 of $1")
          .should()
          .beFreeOfCycles()
          .allowEmptyShould(true);

  /** The backbone, and the HTTP edge that every entry point applies, are shared by design. */
  @ArchTest
  public static final ArchRule servicesShareNoCodeButTheBackbone =
      slices()
          .matching("org.imrf.(*)..")
          .namingSlices("$1")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              JavaClass.Predicates.resideInAPackage("org.imrf.."),
              JavaClass.Predicates.resideInAnyPackage("org.imrf.backbone..", "org.imrf.edge.."));

  @ArchTest
  public static final ArchRule domainDoesNotDependOnAdapters =
      noClasses()
          .that()
          .resideInAPackage("org.imrf.*.*")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.imrf.*.*.web..", "org.imrf.*.*.messaging..")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule inboundAdaptersAreEntryPointsOnly =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.imrf.*.*.web..", "org.imrf.*.*.messaging..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.imrf.*.*.web..", "org.imrf.*.*.messaging..")
          .because("controllers and consumers are called by the framework, not by other code")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule controllersLiveInWebAdapters =
      classes()
          .that()
          .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
          .should()
          .resideInAPackage("org.imrf.*.*.web")
          .allowEmptyShould(true);

  /**
   * A feature keeps its repository port package-private by keeping the JDBC adapter beside it,
   * named {@code Jdbc…}; older features keep theirs in a {@code persistence} sub-package.
   */
  @ArchTest
  public static final ArchRule sqlLivesInPersistenceAdapters =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.imrf.*.*.persistence..")
          .and(DescribedPredicate.not(JDBC_ADAPTERS))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule eventsLeaveOnlyThroughTheOutbox =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.apache.kafka.clients.producer.KafkaProducer")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.springframework.cloud.stream.function.StreamBridge")
          .because("a state change and its event commit together only through the outbox");

  @ArchTest
  public static final ArchRule publishedEventsAreRecordsOfTheirFeature =
      classes()
          .that()
          .areAnnotatedWith(org.imrf.backbone.events.EventType.class)
          .should()
          .beRecords()
          .andShould()
          .implement(org.imrf.backbone.events.DomainEvent.class)
          .andShould()
          .resideInAPackage("org.imrf.*.*")
          .allowEmptyShould(true);
}
