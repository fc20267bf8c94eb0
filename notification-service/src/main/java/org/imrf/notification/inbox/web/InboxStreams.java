package org.imrf.notification.inbox.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.imrf.edge.streams.StreamSlots;
import org.imrf.edge.streams.TooManyStreams;
import org.imrf.notification.inbox.InboxChanges;
import org.imrf.notification.inbox.InboxEntries;
import org.imrf.notification.inbox.InboxEntry;
import org.imrf.notification.inbox.InboxEntryAdded;
import org.imrf.notification.inbox.InboxReadChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open inbox streams of this instance, by participant. Each gets, in order: the entries after
 * the client's Last-Event-ID, then every entry committed since. Entries committed on this instance
 * are pushed as soon as they commit; those of other instances are found by one poller per instance,
 * which asks the database every interval what committed for the participants that have streams here
 * (one query, however many streams). An open stream holds no request thread (an {@link SseEmitter}
 * is asynchronous), but it holds a connection and gets every push: so many per caller, and so many
 * in all.
 */
@Component
class InboxStreams implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InboxStreams.class);

  private final InboxEntries entries;
  private final Duration timeout;
  private final Duration pollInterval;
  private final Duration heartbeat;
  private final Duration reconnectAfter;
  private final int perCaller;
  private final StreamSlots slots;
  private final InboxStream.Counters counters;
  private final Map<UUID, Set<InboxStream>> byParticipant = new ConcurrentHashMap<>();
  // polls, pushes and heartbeats leave request threads: a slow client never delays a request
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "inbox-streams");
            thread.setDaemon(true);
            return thread;
          });
  // the transaction from which the next poll reads; null until the first stream or poll
  private volatile Long watermark;
  private volatile boolean running;
  private final List<ScheduledFuture<?>> schedules = new ArrayList<>();

  InboxStreams(
      InboxEntries entries,
      @Value("${imrf.in-app.stream-timeout:30m}") Duration timeout,
      @Value("${imrf.in-app.poll-interval:300ms}") Duration pollInterval,
      @Value("${imrf.in-app.heartbeat:15s}") Duration heartbeat,
      @Value("${imrf.in-app.reconnect-after:3s}") Duration reconnectAfter,
      @Value("${imrf.in-app.streams-per-caller:10}") int perCaller,
      @Value("${imrf.in-app.streams-total:1000}") int total,
      MeterRegistry meters) {
    this.entries = entries;
    this.timeout = timeout;
    this.pollInterval = pollInterval;
    this.heartbeat = heartbeat;
    this.reconnectAfter = reconnectAfter;
    this.perCaller = perCaller;
    this.slots = new StreamSlots(total);
    Gauge.builder("imrf.inbox.streams.open", slots, StreamSlots::open)
        .description("Open streams of participants' inboxes")
        .register(meters);
    this.counters =
        new InboxStream.Counters(pushed(meters, "notification"), pushed(meters, "read"));
  }

  /**
   * A new stream of the participant's inbox.
   *
   * @param caller who follows it (the token's subject): one caller's streams are capped
   * @param after the client's Last-Event-ID: the entries after it come first; when absent, only
   *     those that come from now on
   * @throws TooManyStreams when the caller, or everyone, holds as many streams as allowed
   */
  SseEmitter subscribe(UUID participantId, String caller, Long after) {
    StreamSlots.Slot slot = slots.take(caller, perCaller);
    try {
      // before the first stream listens: nothing committed after it may slip past the poller
      startWatermark();
      SseEmitter emitter = new SseEmitter(timeout.toMillis());
      InboxStream stream =
          new InboxStream(
              participantId,
              emitter,
              after != null ? after : entries.latestSeq(participantId),
              counters);
      byParticipant.compute(
          participantId,
          (key, streams) -> {
            Set<InboxStream> set = streams == null ? new CopyOnWriteArraySet<>() : streams;
            set.add(stream);
            return set;
          });
      // called however the stream ends: completed, timed out, or the client gone
      emitter.onCompletion(
          () -> {
            leave(stream);
            slot.close();
          });
      emitter.onTimeout(() -> leave(stream));
      emitter.onError(error -> leave(stream));
      stream.replay(entries, reconnectAfter.toMillis());
      return emitter;
    } catch (RuntimeException failed) {
      slot.close();
      throw failed;
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void added(InboxEntryAdded added) {
    if (byParticipant.containsKey(added.participantId())) {
      worker.execute(
          () -> streamsOf(added.participantId()).forEach(stream -> stream.catchUp(entries)));
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void readChanged(InboxReadChanged changed) {
    if (byParticipant.containsKey(changed.participantId())) {
      worker.execute(
          () ->
              streamsOf(changed.participantId())
                  .forEach(
                      stream ->
                          changed
                              .notificationIds()
                              .forEach(id -> stream.read(id, changed.read()))));
    }
  }

  /** Brings every stream here what committed anywhere since the last poll. */
  void poll() {
    if (byParticipant.isEmpty()) {
      return; // the watermark waits: a stream's replay covers what commits meanwhile
    }
    try {
      startWatermark();
      InboxChanges changes = entries.changes(watermark, List.copyOf(byParticipant.keySet()));
      Map<UUID, List<InboxEntry>> added = new LinkedHashMap<>();
      changes
          .added()
          .forEach(
              entry ->
                  added
                      .computeIfAbsent(
                          entry.notification().participantId(), key -> new ArrayList<>())
                      .add(entry));
      added.forEach(
          (participant, theirs) ->
              streamsOf(participant).forEach(stream -> stream.deliver(theirs)));
      changes
          .readChanged()
          .forEach(
              entry ->
                  streamsOf(entry.notification().participantId())
                      .forEach(stream -> stream.read(entry.notification().id(), entry.read())));
      watermark = changes.upto();
    } catch (RuntimeException failed) {
      log.warn("Cannot read what the inboxes' streams missed; trying again: {}", failed.toString());
    }
  }

  /** A comment on every stream. */
  void heartbeat() {
    byParticipant.values().forEach(streams -> streams.forEach(InboxStream::heartbeat));
  }

  /** Streams open now. */
  int open() {
    return slots.open();
  }

  /** Streams of this participant's inbox open now. */
  int openFor(UUID participantId) {
    return streamsOf(participantId).size();
  }

  private synchronized void startWatermark() {
    if (watermark == null) {
      watermark = entries.horizon();
    }
  }

  private Set<InboxStream> streamsOf(UUID participantId) {
    return byParticipant.getOrDefault(participantId, Set.of());
  }

  private void leave(InboxStream stream) {
    byParticipant.computeIfPresent(
        stream.participantId(),
        (key, streams) -> {
          streams.remove(stream);
          return streams.isEmpty() ? null : streams;
        });
  }

  private static Counter pushed(MeterRegistry meters, String event) {
    return Counter.builder("imrf.inbox.events.pushed")
        .description("Events pushed on participants' inbox streams")
        .tag("event", event)
        .register(meters);
  }

  @Override
  public synchronized void start() {
    long poll = pollInterval.toMillis();
    long beat = heartbeat.toMillis();
    schedules.add(worker.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS));
    schedules.add(
        worker.scheduleWithFixedDelay(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS));
    running = true;
  }

  /** Ends every stream first, so that graceful shutdown does not wait for them. */
  @Override
  public synchronized void stop() {
    running = false;
    schedules.forEach(schedule -> schedule.cancel(false));
    schedules.clear();
    byParticipant.values().forEach(streams -> streams.forEach(s -> s.emitter().complete()));
    byParticipant.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }

  @PreDestroy
  void shutDown() {
    worker.shutdownNow();
  }
}
