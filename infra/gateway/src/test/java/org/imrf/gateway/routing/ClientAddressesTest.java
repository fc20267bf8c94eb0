package org.imrf.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

  @Test
  void withoutTrustedProxiesTheClientIsTheTcpPeerWhateverItWrites() {
    ClientAddresses clients = new ClientAddresses(List.of());

    assertThat(clients.of(from("127.0.0.1", "203.0.113.9"))).isEqualTo("127.0.0.1");
    assertThat(clients.of(from("198.51.100.4", "10.0.0.1"))).isEqualTo("198.51.100.4");
  }

  @Test
  void behindATrustedProxyTheClientIsTheAddressThatProxySaw() {
    ClientAddresses clients = new ClientAddresses(List.of("10.0.0.0/8", "192.168.1.10"));

    // the client wrote the first address; the ingress appended the one it saw
    assertThat(clients.of(from("10.1.2.3", "198.51.100.66, 203.0.113.9"))).isEqualTo("203.0.113.9");
    // through two trusted proxies, in two headers
    assertThat(clients.of(from("192.168.1.10", "198.51.100.66, 203.0.113.9", "10.4.5.6")))
        .isEqualTo("203.0.113.9");
    // a peer that is not a trusted proxy is the client, whatever it writes
    assertThat(clients.of(from("203.0.113.50", "198.51.100.66"))).isEqualTo("203.0.113.50");
    // a trusted proxy that names no one is the client itself
    assertThat(clients.of(from("10.1.2.3"))).isEqualTo("10.1.2.3");
  }

  @Test
  void whatIsNotAnAddressEndsTheWalkAndIsNeverLookedUp() {
    ClientAddresses clients = new ClientAddresses(List.of("10.0.0.0/8"));

    assertThat(clients.of(from("10.1.2.3", "203.0.113.9, attacker.example.org")))
        .isEqualTo("10.1.2.3");
    assertThat(clients.of(from("10.1.2.3", "deadbeef, 10.2.2.2"))).isEqualTo("10.2.2.2");
    assertThat(ClientAddresses.literal("localhost")).isNull();
    assertThat(ClientAddresses.literal("1.2.3")).isNull();
    assertThat(ClientAddresses.literal("[2001:db8::1]:443")).isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(ClientAddresses.literal("203.0.113.9:5678")).isEqualTo("203.0.113.9");
    assertThat(ClientAddresses.literal("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
  }

  @Test
  void aTrustedProxyMustBeAnAddressOrRange() {
    assertThatThrownBy(() -> new ClientAddresses(List.of("ingress.internal")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IMRF_TRUSTED_PROXIES");
  }

  static MockHttpServletRequest from(String peer, String... forwardedFor) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/registration/x");
    request.setRemoteAddr(peer);
    for (String header : forwardedFor) {
      request.addHeader("X-Forwarded-For", header);
    }
    return request;
  }
}
