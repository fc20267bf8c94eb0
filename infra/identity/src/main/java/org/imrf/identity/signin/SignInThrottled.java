package org.imrf.identity.signin;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * A sign-in refused before the password was looked at: the sign-in page says how long to wait. Kept
 * in the session like any failed sign-in.
 */
public class SignInThrottled extends AuthenticationServiceException {

  private final long retryAfterSeconds;

  public SignInThrottled(long retryAfterSeconds) {
    super("Too many failed sign-ins: try again in " + retryAfterSeconds + " s");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
