package org.imrf.identity;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Counts the password and client-secret hashes the provider under test computes, so that tests can
 * show that a throttled attempt costs none. Part of every identity-service test context.
 */
@Component
public class PasswordChecks implements BeanPostProcessor {

  private static final AtomicInteger CHECKS = new AtomicInteger();

  /** How many passwords or secrets were checked against a hash so far. */
  public int count() {
    return CHECKS.get();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (!(bean instanceof PasswordEncoder encoder)) {
      return bean;
    }
    return new PasswordEncoder() {
      @Override
      public String encode(CharSequence raw) {
        return encoder.encode(raw);
      }

      @Override
      public boolean matches(CharSequence raw, String encoded) {
        CHECKS.incrementAndGet();
        return encoder.matches(raw, encoded);
      }

      @Override
      public boolean upgradeEncoding(String encoded) {
        return encoder.upgradeEncoding(encoded);
      }
    };
  }
}
