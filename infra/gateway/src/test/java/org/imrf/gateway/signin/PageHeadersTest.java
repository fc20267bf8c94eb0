package org.imrf.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrf.gateway.Caller;
import org.imrf.gateway.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The gateway's own pages can be neither framed nor made to run what they did not ship. */
@GatewayTest
class PageHeadersTest {

  @Value("${imrf.gateway.public-url}")
  String gateway;

  @Test
  void theGatewaysPagesCarryAContentSecurityPolicy() {
    Caller.Response home = new Caller(gateway).get("/", "Accept", "text/html");

    assertThat(home.status()).isEqualTo(200);
    String policy = home.header("Content-Security-Policy");
    assertThat(policy)
        .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(home.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void theGatewaysErrorPagesCarryItToo() {
    Caller.Response missing = new Caller(gateway).get("/missing", "Accept", "text/html");

    assertThat(missing.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
  }

  @Test
  void theServicesAnswersKeepTheirOwnPolicies() {
    Caller.Response api = new Caller(gateway).get("/api/registration/echo/editions");

    assertThat(api.status()).isEqualTo(200);
    assertThat(api.header("Content-Security-Policy")).isNull();
    assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
