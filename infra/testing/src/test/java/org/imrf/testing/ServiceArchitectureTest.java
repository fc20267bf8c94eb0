package org.imrf.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each platform rule fails on a fixture service shaped against it (the fixtures are the test
 * classes in {@code org.imrf.<shape>}), and none fails on a well-shaped service or an empty shell.
 */
class ServiceArchitectureTest {

  private static final List<ArchRule> EVERY_RULE =
      List.of(
          ServiceArchitecture.featuresAreFreeOfCycles,
          ServiceArchitecture.servicesShareNoCodeButTheBackbone,
          ServiceArchitecture.domainDoesNotDependOnAdapters,
          ServiceArchitecture.inboundAdaptersAreEntryPointsOnly,
          ServiceArchitecture.controllersLiveInWebAdapters,
          ServiceArchitecture.sqlLivesInJdbcAdapters,
          ServiceArchitecture.eventsLeaveOnlyThroughTheOutbox,
          ServiceArchitecture.publishedEventsAreRecordsOfTheirFeature);

  @Test
  void aWellShapedServiceKeepsEveryRule() {
    JavaClasses service = service("wellshaped");
    assertThat(service).isNotEmpty();
    for (ArchRule rule : EVERY_RULE) {
      assertThat(failure(rule, service)).as(rule.getDescription()).isNull();
    }
  }

  @Test
  void anEmptyShellHasNothingToBreak() {
    JavaClasses shell = service("shell");
    assertThat(shell).isNotEmpty();
    for (ArchRule rule : EVERY_RULE) {
      assertThat(failure(rule, shell)).as(rule.getDescription()).isNull();
    }
  }

  @Test
  void featuresThatNeedEachOtherFail() {
    assertBreaks(ServiceArchitecture.featuresAreFreeOfCycles, "cyclic", "Cycle detected");
  }

  @Test
  void aServiceUsingAnotherServicesCodeFails() {
    // one service imported alone, as each service's architecture test does
    assertBreaks(
        ServiceArchitecture.servicesShareNoCodeButTheBackbone,
        "borrowing",
        "org.imrf.cyclic.order.Order");
  }

  @Test
  void aDomainThatKnowsItsControllerFails() {
    assertBreaks(ServiceArchitecture.domainDoesNotDependOnAdapters, "tangled", "OrderController");
  }

  @Test
  void codeCallingAConsumerFails() {
    assertBreaks(
        ServiceArchitecture.inboundAdaptersAreEntryPointsOnly, "callingin", "OrderConsumer");
  }

  @Test
  void aControllerOutsideTheWebAdapterFails() {
    assertBreaks(ServiceArchitecture.controllersLiveInWebAdapters, "misplaced", "OrderController");
  }

  @Test
  void aWebAdapterWithoutControllersChecksNothingAndFails() {
    assertBreaks(
        ServiceArchitecture.controllersLiveInWebAdapters, "controllerless", "failed to check");
  }

  @Test
  void sqlOutsideAJdbcAdapterFails() {
    assertBreaks(ServiceArchitecture.sqlLivesInJdbcAdapters, "rawsql", "OrderStore");
  }

  @Test
  void sendingPastTheOutboxFails() {
    assertBreaks(ServiceArchitecture.eventsLeaveOnlyThroughTheOutbox, "sending", "KafkaProducer");
  }

  @Test
  void anEventThatIsNoRecordFails() {
    assertBreaks(
        ServiceArchitecture.publishedEventsAreRecordsOfTheirFeature, "looseevents", "OrderPlaced");
  }

  @Test
  void anOutboxWriterWithoutDeclaredEventsChecksNothingAndFails() {
    assertBreaks(
        ServiceArchitecture.publishedEventsAreRecordsOfTheirFeature,
        "unnamedevents",
        "failed to check");
  }

  private static void assertBreaks(ArchRule rule, String shape, String naming) {
    assertThat(failure(rule, service(shape))).as(rule.getDescription()).contains(naming);
  }

  /** What the rule reports on these classes, or null if they keep it. */
  private static String failure(ArchRule rule, JavaClasses classes) {
    try {
      EvaluationResult result = rule.evaluate(classes);
      return result.hasViolation()
          ? String.join("\n", result.getFailureReport().getDetails())
          : null;
    } catch (AssertionError nothingChecked) {
      return nothingChecked.getMessage();
    }
  }

  private static JavaClasses service(String shape) {
    return new ClassFileImporter().importPackages("org.imrf." + shape);
  }
}
