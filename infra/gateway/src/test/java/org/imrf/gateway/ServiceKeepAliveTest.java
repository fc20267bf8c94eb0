package org.imrf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code IMRF_SERVICE_KEEP_ALIVE_TIMEOUT}, as the JDK client's keep-alive in whole seconds. */
class ServiceKeepAliveTest {

  @Test
  void byDefaultTheGatewayDropsAnIdleConnectionWellBeforeTheServicesTwentySeconds() {
    assertThat(GatewayApplication.serviceKeepAlive(null)).isEqualTo(10);
    assertThat(GatewayApplication.serviceKeepAlive(" ")).isEqualTo(10);
  }

  @Test
  void aSettingIsADurationInWholeSecondsAndAtLeastOne() {
    assertThat(GatewayApplication.serviceKeepAlive("15s")).isEqualTo(15);
    assertThat(GatewayApplication.serviceKeepAlive("1m")).isEqualTo(60);
    assertThat(GatewayApplication.serviceKeepAlive("500ms")).isEqualTo(1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GatewayApplication.serviceKeepAlive("0s"));
  }

  @Test
  void aSystemPropertyGivenToTheJvmWins() {
    // the gateway's pom sets it for the tests
    String before = System.getProperty(GatewayApplication.CLIENT_KEEP_ALIVE);
    GatewayApplication.keepServiceConnections(Map.of("IMRF_SERVICE_KEEP_ALIVE_TIMEOUT", "5s"));
    assertThat(System.getProperty(GatewayApplication.CLIENT_KEEP_ALIVE))
        .isEqualTo(before)
        .isEqualTo("1");
  }
}
