package org.imrf.notification.delivery;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.imrf.testing.ServiceTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * notification-service with scripted channels, quick retries, three attempts, and a webhook breaker
 * that opens after three failures and stays open until a test closes it; the other breakers never
 * open, so that failures one test scripts do not hold up the next. Tests with it share a context.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceTest
@Import(TestChannels.class)
@TestPropertySource(
    properties = {
      "imrf.delivery.poll-interval=200ms",
      "imrf.delivery.max-attempts=3",
      "imrf.delivery.backoff.initial=200ms",
      "imrf.delivery.backoff.multiplier=2",
      "imrf.delivery.backoff.max=1s",
      "imrf.delivery.shutdown-timeout=2s",
      "imrf.delivery.metrics-interval=300ms",
      "resilience4j.circuitbreaker.instances.delivery-email.sliding-window-size=10000",
      "resilience4j.circuitbreaker.instances.delivery-email.minimum-number-of-calls=10000",
      "resilience4j.circuitbreaker.instances.delivery-in-app.sliding-window-size=10000",
      "resilience4j.circuitbreaker.instances.delivery-in-app.minimum-number-of-calls=10000",
      "resilience4j.circuitbreaker.instances.delivery-webhook.sliding-window-size=3",
      "resilience4j.circuitbreaker.instances.delivery-webhook.minimum-number-of-calls=3",
      "resilience4j.circuitbreaker.instances.delivery-webhook.wait-duration-in-open-state=1h",
      "resilience4j.circuitbreaker.instances.delivery-webhook.automatic-transition-from-open-to-half-open-enabled=false",
      "resilience4j.bulkhead.instances.delivery-webhook.max-concurrent-calls=2"
    })
@interface DeliveryServiceTest {}
