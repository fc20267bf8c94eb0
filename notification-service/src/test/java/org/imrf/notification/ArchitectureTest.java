package org.imrf.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.imrf.testing.ServiceArchitecture;
import org.imrf.testing.ServiceModules;
import org.junit.jupiter.api.Test;

@AnalyzeClasses(
    packages = "org.imrf.notification",
    importOptions = {
      ImportOption.DoNotIncludeTests.class,
      ServiceArchitecture.WithoutAotGeneratedCode.class
    })
class ArchitectureTest {

  @ArchTest static final ArchTests platformRules = ArchTests.in(ServiceArchitecture.class);

  @Test
  void featuresUseEachOtherOnlyThroughTheirPublishedFaces() {
    ServiceModules.verifyAndDocument(NotificationServiceApplication.class, "notification-service");
  }
}
