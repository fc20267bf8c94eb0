package org.imrf.gateway;

import org.imrf.testing.ServiceModules;
import org.junit.jupiter.api.Test;

/**
 * The gateway's parts (routing, sign-in, sessions, streams, problems) use each other only through
 * their published faces. The services' ArchUnit rules ({@code ServiceArchitecture}) are not
 * applied: they describe a service's domain and events, which the gateway, without the backbone,
 * has none of.
 */
class ArchitectureTest {

  @Test
  void partsUseEachOtherOnlyThroughTheirPublishedFaces() {
    ServiceModules.verifyAndDocument(GatewayApplication.class, "gateway");
  }
}
