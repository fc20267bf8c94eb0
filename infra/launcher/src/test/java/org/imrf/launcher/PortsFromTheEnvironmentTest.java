package org.imrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each service's port can be moved by a variable named after its database (the gateway, which has
 * none, after its name); everything that points at a service follows it.
 */
class PortsFromTheEnvironmentTest {

  @Test
  void aServiceMovesToThePortItsVariableNamesAndTheOthersStay() {
    Map<String, String> env = Map.of("IMRF_REGISTRATION_PORT", " 9181 ", "IMRF_GATEWAY_PORT", "80");

    List<ServiceSpec> services = ServiceSpec.ALL.stream().map(s -> s.withPortFrom(env)).toList();

    assertThat(port(services, "registration-service")).isEqualTo(9181);
    assertThat(port(services, "gateway")).isEqualTo(80);
    assertThat(port(services, "notification-service")).isEqualTo(8084);
    assertThat(port(services, "identity-service")).isEqualTo(9000);
  }

  @Test
  void aBlankVariableLeavesTheDefault() {
    ServiceSpec identity = ServiceSpec.ALL.get(0);

    assertThat(identity.withPortFrom(Map.of("IMRF_IDENTITY_PORT", "  ")).port()).isEqualTo(9000);
  }

  @Test
  void aPortThatIsNoNumberIsRefusedNamingTheVariable() {
    ServiceSpec registration = ServiceSpec.ALL.get(1);

    assertThatThrownBy(() -> registration.withPortFrom(Map.of("IMRF_REGISTRATION_PORT", "81a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IMRF_REGISTRATION_PORT")
        .hasMessageContaining("'81a'");
  }

  @Test
  void theAddressGivenForTheProviderFollowsIdentityServicesPort() {
    List<ServiceSpec> services =
        ServiceSpec.ALL.stream()
            .map(s -> s.withPortFrom(Map.of("IMRF_IDENTITY_PORT", "9100")))
            .toList();

    assertThat(Forum.identityUrl(services)).isEqualTo("http://127.0.0.1:9100");
  }

  private static int port(List<ServiceSpec> services, String name) {
    return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().port();
  }
}
