package org.imrf.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where each attempt leaves a delivery, without storage or channels. */
class DeliveryRulesTest {

  private static final DeliveryFailure BUSY = DeliveryFailure.transientFailure("relay busy", null);
  private static final DeliveryFailure REFUSED =
      DeliveryFailure.permanentFailure("550 5.1.1 mailbox unavailable", null);

  private final DeliveryRules rules =
      new DeliveryRules(
          4,
          IntervalFunction.ofExponentialRandomBackoff(
              Duration.ofSeconds(5), 3, 0.5, Duration.ofMinutes(30)));

  @Test
  void aTransientFailureIsTriedAgainLaterEachTimeWithJitter() {
    // given a delivery that failed once, then twice
    Attempt first = rules.failed(0, BUSY);
    Attempt second = rules.failed(1, BUSY);

    // then it stays queued, each wait about three times the one before, within the jitter
    assertThat(first.state()).isEqualTo(DeliveryState.QUEUED);
    assertThat(first.error()).isEqualTo("relay busy");
    assertThat(first.retryIn()).isBetween(Duration.ofMillis(2500), Duration.ofMillis(7500));
    assertThat(second.state()).isEqualTo(DeliveryState.QUEUED);
    assertThat(second.retryIn()).isBetween(Duration.ofMillis(7500), Duration.ofMillis(22500));
  }

  @Test
  void theWaitsDifferBetweenDeliveriesSoThatABurstDoesNotComeBackAllAtOnce() {
    assertThat(
            java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> rules.failed(0, BUSY).retryIn())
                .distinct()
                .count())
        .isGreaterThan(1);
  }

  @Test
  void theWaitNeverExceedsTheLongestAllowed() {
    DeliveryRules patient =
        new DeliveryRules(
            100,
            IntervalFunction.ofExponentialRandomBackoff(
                Duration.ofSeconds(5), 3, 0.5, Duration.ofMinutes(30)));
    assertThat(patient.failed(40, BUSY).retryIn()).isLessThanOrEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void theLastAttemptAllowedFailingGivesTheDeliveryUp() {
    // given a delivery tried three times of four
    Attempt last = rules.failed(3, BUSY);

    // then it failed, and is not tried again
    assertThat(last.state()).isEqualTo(DeliveryState.FAILED);
    assertThat(last.retryIn()).isZero();
    assertThat(last.error()).isEqualTo("relay busy");
  }

  @Test
  void aPermanentFailureBouncesAtOnceWhateverAttemptsAreLeft() {
    Attempt bounced = rules.failed(0, REFUSED);

    assertThat(bounced.state()).isEqualTo(DeliveryState.BOUNCED);
    assertThat(bounced.error()).contains("mailbox unavailable");
    assertThat(bounced.retryIn()).isZero();
  }

  @Test
  void theCauseOfAFailureIsPartOfItsError() {
    Attempt attempt =
        rules.failed(
            0,
            DeliveryFailure.transientFailure(
                "relay unreachable", new java.net.ConnectException("Connection refused")));
    assertThat(attempt.error()).isEqualTo("relay unreachable: Connection refused");
  }

  @Test
  void aSuccessIsSent() {
    assertThat(rules.sent().state()).isEqualTo(DeliveryState.SENT);
    assertThat(rules.sent().error()).isNull();
  }

  @Test
  void aChannelNotChosenIsSuppressedAndEmailHeldForTheDigestToo() {
    Set<Channel> chosen = Set.of(Channel.EMAIL, Channel.IN_APP);

    assertThat(DeliveryRules.whySuppressed(Channel.IN_APP, chosen, false)).isNull();
    assertThat(DeliveryRules.whySuppressed(Channel.EMAIL, chosen, false)).isNull();
    assertThat(DeliveryRules.whySuppressed(Channel.WEBHOOK, chosen, false)).isEqualTo("not chosen");
    assertThat(DeliveryRules.whySuppressed(Channel.EMAIL, chosen, true))
        .isEqualTo("held for the daily digest");
    // the digest is an email: in-app is not held for it
    assertThat(DeliveryRules.whySuppressed(Channel.IN_APP, chosen, true)).isNull();
    assertThat(DeliveryRules.whySuppressed(Channel.EMAIL, Set.of(Channel.IN_APP), true))
        .isEqualTo("not chosen");
  }
}
