package org.imrf.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * The structure every service keeps, checked by each service's architecture test with {@code
 * ArchTests.in(ServiceArchitecture.class)}. A service is {@code org.imrf.<service>}; a feature is a
 * package directly below it, holding its domain and its {@code Jdbc…} adapters, with its incoming
 * adapters in {@code web} and {@code messaging} sub-packages.
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

  /** Classes of a feature: a package below the service's own, e.g. {@code org.imrf.x.order..}. */
  static final DescribedPredicate<JavaClass> FEATURE_CODE =
      JavaClass.Predicates.resideInAPackage("org.imrf.*.*..").as("feature code");

  /** Classes of a feature's web adapter. */
  static final DescribedPredicate<JavaClass> WEB_CODE =
      JavaClass.Predicates.resideInAPackage("org.imrf.*.*.web..").as("web adapters");

  /** Classes that write events to the outbox. */
  static final DescribedPredicate<JavaClass> OUTBOX_WRITERS =
      DescribedPredicate.describe(
          "classes writing to the outbox",
          javaClass ->
              javaClass.getDirectDependenciesFromSelf().stream()
                  .anyMatch(
                      dependency ->
                          dependency
                              .getTargetClass()
                              .getName()
                              .equals("org.imrf.backbone.outbox.Outbox")));

  // A rule checks nothing in a service that has none of its subject yet (roundtable- and
  // sideevent-service are empty shells): each rule says what must be there for it to apply, and
  // where that is there, a rule that finds nothing to check fails.

  @ArchTest
  public static final ArchRule featuresAreFreeOfCycles =
      where(
          FEATURE_CODE,
          slices()
              .matching("org.imrf.(*).(*)..")
              .namingSlices("feature $2 of $1")
              .should()
              .beFreeOfCycles());

  /**
   * The backbone, and the HTTP edge that every entry point applies, are shared by design; any other
   * code of the platform belongs to one service only. Judged class by class, so that it bites in a
   * test that imports one service.
   */
  @ArchTest
  public static final ArchRule servicesShareNoCodeButTheBackbone =
      classes()
          .that()
          .resideInAPackage("org.imrf..")
          .should(useNoOtherServicesCode())
          .because("a service is built, deployed and changed on its own");

  @ArchTest
  public static final ArchRule domainDoesNotDependOnAdapters =
      where(
          FEATURE_CODE,
          noClasses()
              .that()
              .resideInAPackage("org.imrf.*.*")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage("org.imrf.*.*.web..", "org.imrf.*.*.messaging.."));

  @ArchTest
  public static final ArchRule inboundAdaptersAreEntryPointsOnly =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.imrf.*.*.web..", "org.imrf.*.*.messaging..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.imrf.*.*.web..", "org.imrf.*.*.messaging..")
          .because("controllers and consumers are called by the framework, not by other code");

  @ArchTest
  public static final ArchRule controllersLiveInWebAdapters =
      where(
          WEB_CODE,
          classes()
              .that()
              .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
              .should()
              .resideInAPackage("org.imrf.*.*.web"));

  /** A feature keeps its repository port package-private by keeping the JDBC adapter beside it. */
  @ArchTest
  public static final ArchRule sqlLivesInJdbcAdapters =
      noClasses()
          .that(DescribedPredicate.not(JDBC_ADAPTERS))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

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
      where(
          OUTBOX_WRITERS,
          classes()
              .that()
              .areAnnotatedWith(org.imrf.backbone.events.EventType.class)
              .should()
              .beRecords()
              .andShould()
              .implement(org.imrf.backbone.events.DomainEvent.class)
              .andShould()
              .resideInAPackage("org.imrf.*.*"));

  /**
   * The service a class of the platform belongs to: {@code registration} of org.imrf.registration…
   */
  static String serviceOf(JavaClass javaClass) {
    String[] parts = javaClass.getPackageName().split("\\.");
    return parts.length > 2 ? parts[2] : "";
  }

  private static ArchCondition<JavaClass> useNoOtherServicesCode() {
    Set<String> shared = Set.of("backbone", "edge");
    return new ArchCondition<>("use no other service's code") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = serviceOf(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          String theirs = serviceOf(target);
          if (target.getPackageName().startsWith("org.imrf.")
              && !theirs.equals(own)
              && !shared.contains(theirs)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /**
   * {@code rule} where the classes hold {@code subject}, and then it must find classes to check;
   * where they hold none, there is nothing to check.
   */
  static ArchRule where(DescribedPredicate<? super JavaClass> subject, ArchRule rule) {
    return new ArchRule() {
      @Override
      public EvaluationResult evaluate(JavaClasses classes) {
        boolean present = classes.stream().anyMatch(subject);
        return rule.allowEmptyShould(!present).evaluate(classes);
      }

      @Override
      public void check(JavaClasses classes) {
        Assertions.check(this, classes);
      }

      @Override
      public ArchRule because(String reason) {
        return where(subject, rule.because(reason));
      }

      @Override
      public ArchRule allowEmptyShould(boolean allowEmptyShould) {
        return where(subject, rule.allowEmptyShould(allowEmptyShould));
      }

      @Override
      public ArchRule as(String description) {
        return where(subject, rule.as(description));
      }

      @Override
      public String getDescription() {
        return rule.getDescription() + ", where there are " + subject.getDescription();
      }
    };
  }
}
