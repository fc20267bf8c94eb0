package org.imrf.edge.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A service behind the gateway, reached on 127.0.0.1:8081 at {@code /editions}. */
class GatewayForwardedHeadersFilterTest {

  static final Instant NOW = GatewaySignatureTest.NOW;
  static final GatewaySignature KEY = GatewaySignatureTest.at(NOW, GatewaySignatureTest.KEY);
  static final ForwardedRequest FORWARDED = GatewaySignatureTest.FORWARDED;

  @Test
  void valuesTheGatewaySignedAreWhatTheServiceSees() throws Exception {
    MockHttpServletRequest request = request();
    sign(request, FORWARDED, KEY.sign(FORWARDED));

    HttpServletRequest seen = filter(request, KEY);

    assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
    assertThat(seen.getScheme()).isEqualTo("https");
    assertThat(seen.isSecure()).isTrue();
    assertThat(seen.getServerName()).isEqualTo("forum.example");
    assertThat(seen.getServerPort()).isEqualTo(443);
    assertThat(seen.getContextPath()).isEqualTo("/api/registration");
    assertThat(seen.getRequestURL()).hasToString("https://forum.example/api/registration/editions");
    assertThat(Collections.list(seen.getHeaderNames())).noneMatch(ForwardedHeaders::isForwarding);
  }

  @Test
  void headersNobodySignedAreRemovedBeforeAnythingReadsThem() throws Exception {
    MockHttpServletRequest request = request();
    request.addHeader("X-Forwarded-For", "198.51.100.9");
    request.addHeader("X-Forwarded-Host", "evil.example");
    request.addHeader("X-Forwarded-Proto", "https");
    request.addHeader("X-Forwarded-Prefix", "/phish");
    request.addHeader("Forwarded", "for=198.51.100.9;host=evil.example;proto=https");
    request.addHeader("X-Real-IP", "198.51.100.9");

    HttpServletRequest seen = filter(request, KEY);

    assertDirect(seen);
  }

  @Test
  void aSignatureThatDoesNotHoldIsIgnoredTheSameWay() throws Exception {
    ForwardedRequest evil =
        new ForwardedRequest("198.51.100.9", "https", "evil.example", 443, "/phish");
    for (String signature :
        new String[] {
          "t=" + NOW.getEpochSecond() + ";mac=AAAA", // made up
          KEY.sign(FORWARDED), // signed for other values
          KEY.sign(evil, NOW.minusSeconds(60)), // expired
          GatewaySignatureTest.at(
                  NOW, GatewaySignatureTest.base64("someone-elses-key-of-32-bytes-xy"))
              .sign(evil) // another key
        }) {
      MockHttpServletRequest request = request();
      sign(request, evil, signature);

      assertDirect(filter(request, KEY));
    }
  }

  @Test
  void aSignedValueGivenTwiceIsNotTrusted() throws Exception {
    MockHttpServletRequest request = request();
    sign(request, FORWARDED, KEY.sign(FORWARDED));
    request.addHeader("X-Forwarded-For", "198.51.100.9");

    assertDirect(filter(request, KEY));
  }

  @Test
  void withoutAKeyNothingIsTrusted() throws Exception {
    MockHttpServletRequest request = request();
    sign(request, FORWARDED, KEY.sign(FORWARDED));

    assertDirect(filter(request, null));
  }

  static MockHttpServletRequest request() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/editions");
    request.setRemoteAddr("127.0.0.1");
    request.setServerName("127.0.0.1");
    request.setServerPort(8081);
    return request;
  }

  static void sign(MockHttpServletRequest request, ForwardedRequest values, String signature) {
    request.addHeader("X-Forwarded-For", values.clientAddress());
    request.addHeader("X-Forwarded-Proto", values.proto());
    request.addHeader("X-Forwarded-Host", values.host());
    request.addHeader("X-Forwarded-Port", Integer.toString(values.port()));
    request.addHeader("X-Forwarded-Prefix", values.prefix());
    request.addHeader(GatewaySignature.HEADER, signature);
  }

  static HttpServletRequest filter(MockHttpServletRequest request, GatewaySignature key)
      throws Exception {
    MockFilterChain chain = new MockFilterChain();
    new GatewayForwardedHeadersFilter(key).doFilter(request, new MockHttpServletResponse(), chain);
    return (HttpServletRequest) chain.getRequest();
  }

  static void assertDirect(HttpServletRequest seen) {
    assertThat(seen.getRemoteAddr()).isEqualTo("127.0.0.1");
    assertThat(seen.getRequestURL()).hasToString("http://127.0.0.1:8081/editions");
    assertThat(seen.getContextPath()).isEmpty();
    assertThat(Collections.list(seen.getHeaderNames())).noneMatch(ForwardedHeaders::isForwarding);
    assertThat(seen.getHeader("X-Forwarded-For")).isNull();
    assertThat(seen.getHeader("Forwarded")).isNull();
    assertThat(seen.getHeaders("X-Forwarded-Host").hasMoreElements()).isFalse();
  }
}
