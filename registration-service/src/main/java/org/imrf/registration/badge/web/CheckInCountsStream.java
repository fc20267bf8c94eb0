package org.imrf.registration.badge.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.imrf.edge.streams.StreamSlots;
import org.imrf.edge.streams.TooManyStreams;
import org.imrf.registration.badge.CheckInCounts;
import org.imrf.registration.badge.CheckInDesk;
import org.imrf.registration.badge.CheckInRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open count streams, by edition: each gets the counts on subscribing, after every check-in
 * committed on this instance, and on a heartbeat, which also brings other instances' check-ins. An
 * open stream holds no request thread (an {@link SseEmitter} is asynchronous), but it holds a
 * connection and gets every push: so many per caller, and so many in all.
 */
@Component
class CheckInCountsStream implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CheckInCountsStream.class);

  private final CheckInDesk desk;
  private final Duration timeout;
  private final StreamSlots slots;
  private final int perCaller;
  private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
  // pushes leave the check-in's request thread: a slow client never delays a scan
  private final ExecutorService pushes =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "check-in-counts");
            thread.setDaemon(true);
            return thread;
          });
  private volatile boolean running;

  CheckInCountsStream(
      CheckInDesk desk,
      @Value("${imrf.check-in.stream-timeout:30m}") Duration timeout,
      @Value("${imrf.check-in.streams-per-caller:10}") int perCaller,
      @Value("${imrf.check-in.streams-total:1000}") int total,
      MeterRegistry meters) {
    this.desk = desk;
    this.timeout = timeout;
    this.perCaller = perCaller;
    this.slots = new StreamSlots(total);
    Gauge.builder("imrf.check-in.streams.open", slots, StreamSlots::open)
        .description("Open streams of the live check-in counts")
        .register(meters);
  }

  /**
   * A new stream of the edition's counts, starting with them.
   *
   * @param caller who follows them (the token's subject): one caller's streams are capped
   * @throws org.imrf.registration.edition.UnknownEdition before any stream starts
   * @throws TooManyStreams when the caller, or everyone, holds as many streams as allowed
   */
  SseEmitter subscribe(String edition, String caller) {
    CheckInCounts counts = desk.counts(edition);
    StreamSlots.Slot slot = slots.take(caller, perCaller);
    SseEmitter emitter = new SseEmitter(timeout.toMillis());
    Set<SseEmitter> subscribers =
        streams.computeIfAbsent(edition, key -> new CopyOnWriteArraySet<>());
    subscribers.add(emitter);
    // called however the stream ends: completed, timed out, or the client gone
    emitter.onCompletion(
        () -> {
          subscribers.remove(emitter);
          slot.close();
        });
    emitter.onTimeout(() -> subscribers.remove(emitter));
    emitter.onError(error -> subscribers.remove(emitter));
    send(emitter, counts);
    return emitter;
  }

  @TransactionalEventListener
  void checkedIn(CheckInRecorded recorded) {
    if (streams.containsKey(recorded.editionId())) {
      pushes.execute(() -> push(recorded.editionId()));
    }
  }

  @Scheduled(
      fixedDelayString = "${imrf.check-in.counts-heartbeat:5s}",
      initialDelayString = "${imrf.check-in.counts-heartbeat:5s}")
  void heartbeat() {
    streams.forEach(
        (edition, subscribers) -> {
          if (subscribers.isEmpty()) {
            streams.remove(edition, subscribers);
          } else {
            pushes.execute(() -> push(edition));
          }
        });
  }

  private void push(String edition) {
    Set<SseEmitter> subscribers = streams.get(edition);
    if (subscribers == null || subscribers.isEmpty()) {
      return;
    }
    CheckInCounts counts;
    try {
      counts = desk.counts(edition);
    } catch (RuntimeException e) {
      log.warn("Cannot count the check-ins of {} for its streams: {}", edition, e.toString());
      return;
    }
    subscribers.forEach(emitter -> send(emitter, counts));
  }

  private static void send(SseEmitter emitter, CheckInCounts counts) {
    try {
      emitter.send(
          SseEmitter.event()
              .name("counts")
              .data(CountsResponse.of(counts), MediaType.APPLICATION_JSON));
    } catch (IOException | IllegalStateException e) {
      // the client went away, or the stream ended: its emitter leaves the set as it completes
      try {
        emitter.completeWithError(e);
      } catch (IllegalStateException alreadyComplete) {
        // completed meanwhile
      }
    }
  }

  @Override
  public void start() {
    running = true;
  }

  /** Ends every stream first, so that graceful shutdown does not wait for them. */
  @Override
  public void stop() {
    running = false;
    streams.values().forEach(subscribers -> subscribers.forEach(SseEmitter::complete));
    streams.clear();
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
    pushes.shutdownNow();
  }
}
