package org.imrf.gateway.sessions.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.imrf.gateway.sessions.AccessLinkRevoked;
import org.imrf.gateway.sessions.ParticipantCancelled;
import org.imrf.gateway.sessions.ParticipantErased;
import org.imrf.gateway.sessions.SessionEnding;
import org.imrf.gateway.sessions.StaffAccountChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.listener.MessageListener;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads each event once and hands the ones that may end sessions to {@link SessionEnding} (counted
 * as {@code imrf.gateway.session-events.read} by type); skips, and counts as {@code
 * imrf.gateway.session-events.unreadable}, what it cannot read, so that one bad record never stops
 * the others.
 *
 * <p>Sessions exist only since this instance started, so on first getting a partition it starts
 * reading from then (less a minute, for clocks that disagree), not from the start of the topic: an
 * old event must not end a session opened after it (an account disabled, then enabled again).
 */
class SessionEvents implements MessageListener<String, byte[]>, ConsumerSeekAware {

  static final String PARTICIPANTS = "registration.participants";
  static final String STAFF = "identity.staff";
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
  private static final Logger log = LoggerFactory.getLogger(SessionEvents.class);

  private final SessionEnding ending;
  private final Instant since;
  private final Set<TopicPartition> positioned = ConcurrentHashMap.newKeySet();
  private final Counter unreadable;
  private final MeterRegistry meters;
  // fields a copy does not know are ignored: producers may add some
  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  SessionEvents(SessionEnding ending, Instant startedAt, MeterRegistry meters) {
    this.ending = ending;
    this.since = startedAt.minus(CLOCK_SKEW);
    this.unreadable = meters.counter("imrf.gateway.session-events.unreadable");
    this.meters = meters;
  }

  @Override
  public void onPartitionsAssigned(
      Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
    List<TopicPartition> fresh = assignments.keySet().stream().filter(positioned::add).toList();
    if (!fresh.isEmpty()) {
      callback.seekToTimestamp(fresh, since.toEpochMilli());
    }
  }

  @Override
  public void onMessage(ConsumerRecord<String, byte[]> record) {
    String type = header(record, "ce_type");
    try {
      switch (type == null ? "" : type) {
        case StaffAccountChanged.TYPE -> ending.on(read(record, StaffAccountChanged.class));
        case AccessLinkRevoked.TYPE -> ending.on(read(record, AccessLinkRevoked.class));
        case ParticipantErased.TYPE -> ending.on(read(record, ParticipantErased.class));
        case ParticipantCancelled.TYPE -> ending.on(read(record, ParticipantCancelled.class));
        default -> {
          return; // every other event on these topics ends no session
        }
      }
      meters.counter("imrf.gateway.session-events.read", "type", type).increment();
    } catch (Unreadable e) {
      unreadable.increment();
      log.warn(
          "Skipped an unreadable {} event ({}-{} at offset {}): {}",
          type,
          record.topic(),
          record.partition(),
          record.offset(),
          e.getCause().toString());
    }
  }

  private <T> T read(ConsumerRecord<String, byte[]> record, Class<T> type) {
    try {
      return json.readValue(record.value(), type);
    } catch (RuntimeException e) {
      throw new Unreadable(e);
    }
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static final class Unreadable extends RuntimeException {
    Unreadable(RuntimeException cause) {
      super(cause);
    }
  }
}
