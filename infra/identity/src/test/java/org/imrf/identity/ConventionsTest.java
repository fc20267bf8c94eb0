package org.imrf.identity;

import org.imrf.testing.ServiceConventions;
import org.imrf.testing.ServiceTest;

@ServiceTest
class ConventionsTest extends ServiceConventions {}
