package org.imrf.gateway.streams;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whose a stream is, for its cap: the signed-in account of the session (so that colleagues behind
 * one address each have their own), else the client's address. An API client's bearer token is not
 * read here: the gateway does not check tokens, and an unchecked subject could be anything.
 */
final class StreamCallers {

  private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

  private StreamCallers() {}

  /** The caller of this request and how many streams it may hold open. */
  static Caller of(HttpServletRequest request, StreamProperties properties) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (TRUST.isAuthenticated(signedIn)) {
      return new Caller(account(signedIn.getName()), properties.perCaller());
    }
    return new Caller("address:" + request.getRemoteAddr(), properties.perAddress());
  }

  static String account(String name) {
    return "account:" + name;
  }

  /** A caller's key and its cap. */
  record Caller(String key, int cap) {}
}
