package org.imrf.notification.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.imrf.notification.notification.Notification;

/**
 * A channel as a test scripts it: sends succeed unless a participant's script says otherwise, or
 * the whole channel is dead (it throws, or hangs until revived). Counts every attempt.
 */
class ScriptedSender implements ChannelSender {

  /** What one attempt does. */
  enum Outcome {
    SUCCEED,
    FAIL_FOR_NOW,
    REFUSE_FOR_GOOD
  }

  /** How a dead channel behaves. */
  enum Death {
    THROWS,
    HANGS
  }

  private final Channel channel;
  private final List<String> targets;
  private final Map<UUID, Deque<Outcome>> scripts = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private volatile Death death;
  private volatile CountDownLatch revival = new CountDownLatch(0);

  ScriptedSender(Channel channel, List<String> targets) {
    this.channel = channel;
    this.targets = targets;
  }

  @Override
  public Channel channel() {
    return channel;
  }

  @Override
  public List<String> targets(Notification notification) {
    return targets;
  }

  @Override
  public void send(Notification notification, String target) throws DeliveryFailure {
    attempts
        .computeIfAbsent(notification.id() + "|" + target, key -> new AtomicInteger())
        .incrementAndGet();
    Death dead = death;
    if (dead == Death.HANGS) {
      try {
        revival.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw DeliveryFailure.transientFailure("interrupted while hanging", e);
      }
    } else if (dead == Death.THROWS) {
      throw new IllegalStateException(channel.code() + " is down");
    }
    Deque<Outcome> script = scripts.get(notification.participantId());
    Outcome next = script == null ? null : script.poll();
    if (next == Outcome.FAIL_FOR_NOW) {
      throw DeliveryFailure.transientFailure("relay busy", null);
    }
    if (next == Outcome.REFUSE_FOR_GOOD) {
      throw DeliveryFailure.permanentFailure("550 5.1.1 mailbox unavailable", null);
    }
  }

  /** The attempts the participant's notifications meet, in order; success after them. */
  void script(UUID participant, Outcome... outcomes) {
    scripts.put(participant, new ArrayDeque<>(List.of(outcomes)));
  }

  void die(Death how) {
    if (how == Death.HANGS) {
      revival = new CountDownLatch(1);
    }
    death = how;
  }

  void revive() {
    death = null;
    revival.countDown();
  }

  /** How many times a notification was tried on this channel's only or first target. */
  int attempts(UUID notification) {
    AtomicInteger counted = attempts.get(notification + "|" + targets.get(0));
    return counted == null ? 0 : counted.get();
  }

  /** Every notification and target tried, with how many times. */
  Map<String, AtomicInteger> attempts() {
    return attempts;
  }
}
