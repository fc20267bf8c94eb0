package org.imrf.registration;

import org.imrf.testing.ServiceConventions;
import org.imrf.testing.ServiceTest;

@ServiceTest
class ConventionsTest extends ServiceConventions {

  @Override
  protected int operationsAtLeast() {
    return 39;
  }
}
