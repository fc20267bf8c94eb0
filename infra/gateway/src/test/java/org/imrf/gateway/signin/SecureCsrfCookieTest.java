package org.imrf.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/** The CSRF cookie follows IMRF_SECURE_COOKIES, also behind a proxy that ended TLS. */
class SecureCsrfCookieTest {

  @Test
  void withSecureCookiesTheCsrfCookieIsSecureEvenOverPlainHttpFromAProxy() {
    // given secure cookies, and a request that reached the gateway in clear from a TLS proxy
    CsrfTokenRepository tokens = new SecurityConfiguration().csrfTokens(true);
    var request = new MockHttpServletRequest("GET", "/");
    var response = new MockHttpServletResponse();

    // when the token is handed out
    tokens.saveToken(tokens.generateToken(request), request, response);

    // then its cookie is Secure (SameSite is checked on a real gateway:
    // CookiesAndRelayedTokensTest)
    assertThat(response.getHeader("Set-Cookie"))
        .contains("XSRF-TOKEN=")
        .containsIgnoringCase("; Secure");
  }

  @Test
  void withoutSecureCookiesItIsSecureOnlyWhereTheRequestCameOverTls() {
    CsrfTokenRepository tokens = new SecurityConfiguration().csrfTokens(false);
    var plain = new MockHttpServletRequest("GET", "/");
    var plainResponse = new MockHttpServletResponse();
    var tls = new MockHttpServletRequest("GET", "/");
    tls.setSecure(true);
    var tlsResponse = new MockHttpServletResponse();

    tokens.saveToken(tokens.generateToken(plain), plain, plainResponse);
    tokens.saveToken(tokens.generateToken(tls), tls, tlsResponse);

    assertThat(plainResponse.getHeader("Set-Cookie")).doesNotContainIgnoringCase("; Secure");
    assertThat(tlsResponse.getHeader("Set-Cookie")).containsIgnoringCase("; Secure");
  }
}
