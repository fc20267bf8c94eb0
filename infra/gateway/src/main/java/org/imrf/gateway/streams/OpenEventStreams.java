package org.imrf.gateway.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.imrf.edge.streams.StreamSlots;
import org.imrf.edge.streams.TooManyStreams;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * The streams the gateway relays: their slots (per caller and in total), one client to the services
 * for all of them, and one timer that keeps silent streams alive and ends stalled ones.
 */
public class OpenEventStreams implements SmartLifecycle, DisposableBean {

  private final StreamProperties properties;
  private final StreamSlots slots;
  private final Set<EventStreamRelay> open = ConcurrentHashMap.newKeySet();
  // the client's own threads only hand chunks over (writes to browsers never block), so two do
  private final ExecutorService clientThreads =
      Executors.newFixedThreadPool(2, daemon("event-streams"));
  private final HttpClient services;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(daemon("event-streams-timer"));
  private final Counter refusedPerCaller;
  private final Counter refusedInAll;
  private volatile ScheduledFuture<?> ticking;
  private volatile boolean running;

  OpenEventStreams(StreamProperties properties, MeterRegistry meters) {
    this.properties = properties;
    this.slots = new StreamSlots(properties.total());
    this.services =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(clientThreads)
            .build();
    Gauge.builder("imrf.gateway.streams.open", slots, StreamSlots::open)
        .description("Event streams the gateway relays now")
        .register(meters);
    refusedPerCaller = refused(meters, "caller");
    refusedInAll = refused(meters, "all");
  }

  /**
   * A slot for one more stream of {@code caller}.
   *
   * @throws TooManyStreams when the caller, or everyone, holds as many as allowed
   */
  StreamSlots.Slot take(String caller, int perCaller) {
    try {
      return slots.take(caller, perCaller);
    } catch (TooManyStreams refused) {
      (refused.scope() == TooManyStreams.Scope.CALLER ? refusedPerCaller : refusedInAll)
          .increment();
      throw refused;
    }
  }

  /** Relays the service's answer to {@code request} from now on, without this thread. */
  void relay(HttpServletRequest request, StreamSlots.Slot slot, HttpRequest toService)
      throws IOException {
    AsyncContext async = request.startAsync();
    async.setTimeout(properties.maxDuration().toMillis());
    EventStreamRelay relay =
        new EventStreamRelay(async, async.getResponse().getOutputStream(), slot, open::remove);
    open.add(relay);
    async.addListener(relay);
    async.getResponse().getOutputStream().setWriteListener(relay.browser());
    relay.exchange(services.sendAsync(toService, relay));
  }

  /** Streams open now. */
  public int count() {
    return slots.open();
  }

  /**
   * Ends every stream a signed-in caller holds open, on both sides (their session ended, say).
   *
   * @param account the caller's name in the session: a staff member's username, {@code
   *     participant:<id>} for a participant
   */
  public void endStreamsOf(String account) {
    String caller = StreamCallers.account(account);
    open.stream().filter(relay -> relay.caller().equals(caller)).forEach(EventStreamRelay::end);
  }

  private void tick() {
    long now = System.nanoTime();
    long keepAlive = properties.keepAlive().toNanos();
    long stall = properties.stallTimeout().toNanos();
    open.forEach(relay -> relay.tick(now, keepAlive, stall));
  }

  @Override
  public void start() {
    long period =
        Math.max(
            50,
            Math.min(properties.keepAlive().toMillis(), properties.stallTimeout().toMillis()) / 4);
    ticking = timer.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
    running = true;
  }

  /**
   * Ends every stream first, so that graceful shutdown does not wait for them. The threads stay
   * until the bean is destroyed: a stopped context may be started again (tests' context cache).
   */
  @Override
  public void stop() {
    running = false;
    open.forEach(EventStreamRelay::end);
    ScheduledFuture<?> current = ticking;
    if (current != null) {
      current.cancel(false);
    }
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
    clientThreads.shutdown();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }

  private static Counter refused(MeterRegistry meters, String scope) {
    return Counter.builder("imrf.gateway.streams.refused")
        .description("Event streams refused (429) because the caller's or everyone's were too many")
        .tag("scope", scope)
        .register(meters);
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
