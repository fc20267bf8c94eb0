package org.imrf.gateway.streams;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.imrf.edge.streams.StreamSlots;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * One stream, from the service to the browser, holding no thread while it waits: the JDK's HTTP
 * client hands over each chunk the service sends, the chunk is written to the browser without
 * blocking and flushed, and only once the browser's connection has taken it is the next chunk asked
 * for. A browser that reads slowly thus slows the service's connection down (TCP does the rest)
 * instead of filling the gateway's memory; one that stops reading altogether is cut off.
 *
 * <p>Every signal (a chunk, the browser's connection ready again, the service's end, a timer, the
 * browser gone) only records what happened and calls {@link #signal()}; one thread at a time then
 * acts on everything recorded, so that the servlet response is never touched by two threads at once
 * and no thread waits for another.
 */
final class EventStreamRelay
    implements HttpResponse.BodyHandler<Void>, HttpResponse.BodySubscriber<Void>, AsyncListener {

  /**
   * A comment line: browsers ignore it, and writing it shows whether the browser is still there.
   */
  private static final byte[] KEEP_ALIVE = ":\n".getBytes(StandardCharsets.US_ASCII);

  /** The service's headers that concern its own connection, not the browser's. */
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "content-length",
          "date");

  private final AsyncContext async;
  private final ServletOutputStream out;
  private final StreamSlots.Slot slot;
  private final Consumer<EventStreamRelay> onEnd;
  private final AtomicInteger signals = new AtomicInteger();
  private final Queue<ByteBuffer> pending = new ConcurrentLinkedQueue<>();

  /** Longer than any thread takes to leave a failed write; short enough not to hold anyone up. */
  private static final Duration WRITER_GRACE = Duration.ofMillis(200);

  // recorded by any thread
  private volatile Thread writer;
  private volatile Thread containerThread;
  private volatile boolean writable;
  private volatile Answer answer;
  private volatile Flow.Subscription upstream;
  private volatile CompletableFuture<?> exchange;
  private volatile boolean upstreamDone;
  private volatile boolean endWanted;
  private volatile boolean containerEnding;
  private volatile boolean keepAliveDue;
  private volatile boolean demanded;
  private volatile long lastWrite = System.nanoTime();
  private volatile long blockedSince;

  // acted on by one thread at a time, in drain()
  private boolean answered;
  private boolean eventStream;
  private boolean flushWanted;
  private boolean ended;
  private byte lastByte = '\n';

  EventStreamRelay(
      AsyncContext async,
      ServletOutputStream out,
      StreamSlots.Slot slot,
      Consumer<EventStreamRelay> onEnd) {
    this.async = async;
    this.out = out;
    this.slot = slot;
    this.onEnd = onEnd;
  }

  /** What the container tells of the browser's connection: ready for more, or broken. */
  WriteListener browser() {
    return new WriteListener() {
      @Override
      public void onWritePossible() {
        writable = true; // the first call also means the request's own thread has left the filters
        containerThread = Thread.currentThread();
        try {
          signal();
        } finally {
          containerThread = null;
        }
      }

      @Override
      public void onError(Throwable failure) {
        containerEnds(false); // AsyncListener.onError follows, and completes
      }
    };
  }

  String caller() {
    return slot.caller();
  }

  void exchange(CompletableFuture<?> exchange) {
    this.exchange = exchange;
    exchange.whenComplete(
        (response, failure) -> {
          if (failure != null) {
            failedBeforeAnswer(failure);
          }
        });
  }

  /** Called by the keep-alive timer: a comment on a silent stream, or the end of a stalled one. */
  void tick(long now, long keepAliveNanos, long stallNanos) {
    long blocked = blockedSince;
    if (blocked != 0 && now - blocked >= stallNanos) {
      end();
    } else if (now - lastWrite >= keepAliveNanos) {
      keepAliveDue = true;
      signal();
    }
  }

  /** Ends the stream, on both sides. */
  void end() {
    endWanted = true;
    signal();
  }

  // ---- the service's side (the JDK's HTTP client)

  @Override
  public HttpResponse.BodySubscriber<Void> apply(HttpResponse.ResponseInfo info) {
    answer = new Answer(info.statusCode(), info.headers().map());
    signal();
    return this;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    upstream = subscription;
    if (endWanted) {
      subscription.cancel(); // the browser left while the service was answering
    }
    signal();
  }

  @Override
  public void onNext(List<ByteBuffer> chunk) {
    pending.addAll(chunk);
    demanded = false;
    signal();
  }

  @Override
  public void onError(Throwable failure) {
    upstreamDone = true; // what arrived is still written; the browser reconnects with Last-Event-ID
    signal();
  }

  @Override
  public void onComplete() {
    upstreamDone = true;
    signal();
  }

  @Override
  public CompletionStage<Void> getBody() {
    // the exchange counts as answered once the headers are in: the body is relayed as it comes
    return CompletableFuture.completedFuture(null);
  }

  private void failedBeforeAnswer(Throwable failure) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    if (answer == null && cause != null && !endWanted) {
      boolean timedOut = cause instanceof HttpTimeoutException;
      HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
      pending.add(
          ByteBuffer.wrap(
              Problems.json(
                  status,
                  timedOut
                      ? "The service did not answer in time. Please try again."
                      : "The service cannot be reached. Please try again later.")));
      answer =
          new Answer(
              status.value(), Map.of("Content-Type", List.of(Problems.PROBLEM_JSON.toString())));
    }
    upstreamDone = true;
    signal();
  }

  // ---- the browser's side (the servlet container)

  @Override
  public void onError(AsyncEvent event) {
    containerEnds(true);
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    containerEnds(true);
  }

  /**
   * Waits (briefly: it is only leaving a failed write) until no other thread is inside the
   * container's write code for this response. Tomcat reports a write that failed on another thread
   * here before that thread has left its code; completing then would recycle the response under it,
   * and what it records last (the failure) would land on the next request served with the same
   * objects.
   */
  private void awaitWriterOutOfTheContainer() {
    long deadline = System.nanoTime() + WRITER_GRACE.toNanos();
    Thread current = Thread.currentThread();
    for (Thread other = writer;
        other != null && other != current && System.nanoTime() < deadline;
        other = writer) {
      Thread.onSpinWait();
    }
  }

  /**
   * Completes the response on the container's own thread, as it expects of these listeners (else it
   * dispatches the request to the error page); the rest of the ending may happen on another thread.
   */
  private void completeNow() {
    try {
      async.complete();
    } catch (IllegalStateException alreadyComplete) {
      // ended meanwhile
    }
  }

  @Override
  public void onComplete(AsyncEvent event) {
    containerEnds(false);
  }

  /**
   * The container ends the response: nothing more is written to it, and the rest (the service's
   * connection, the slot) ends too. Where the container expects the listener to complete the
   * response, it is completed here, once no other thread is writing to it.
   */
  private void containerEnds(boolean completeHere) {
    containerEnding = true;
    endWanted = true;
    if (completeHere) {
      awaitWriterOutOfTheContainer();
      completeNow();
    }
    signal();
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // not restarted
  }

  // ---- one thread at a time

  private void signal() {
    if (signals.getAndIncrement() != 0) {
      return; // the thread draining now sees what was recorded before it looks again
    }
    int missed = 1;
    do {
      drain();
      missed = signals.addAndGet(-missed);
    } while (missed != 0);
  }

  private void drain() {
    writer = Thread.currentThread();
    try {
      drainAsWriter();
    } finally {
      writer = null;
    }
  }

  private void drainAsWriter() {
    if (ended) {
      pending.clear();
      return;
    }
    if (endWanted) {
      finish();
      return;
    }
    if (!writable) {
      return;
    }
    try {
      if (!answered) {
        Answer received = answer;
        if (received == null) {
          return;
        }
        apply(received);
        answered = true;
        flushWanted = true; // the browser learns at once that its stream is open
      }
      while (true) {
        if (endWanted) {
          finish();
          return;
        }
        if (!out.isReady()) {
          if (blockedSince == 0) {
            blockedSince = System.nanoTime();
          }
          return; // the container calls onWritePossible when the browser has taken some
        }
        blockedSince = 0;
        ByteBuffer next = pending.peek();
        if (next != null) {
          if (next.hasRemaining()) {
            lastByte = next.get(next.limit() - 1);
            out.write(next);
            flushWanted = true;
            lastWrite = System.nanoTime();
          }
          if (!next.hasRemaining()) {
            pending.poll();
          }
        } else if (keepAliveDue) {
          keepAliveDue = false;
          // a comment line must start a line of its own, and a lone one ends no event
          if (eventStream && lastByte == '\n') {
            out.write(KEEP_ALIVE);
            flushWanted = true;
            lastWrite = System.nanoTime();
          }
        } else if (flushWanted) {
          flushWanted = false;
          out.flush();
        } else if (upstreamDone) {
          finish();
          return;
        } else {
          Flow.Subscription subscription = upstream;
          if (subscription != null && !demanded) {
            demanded = true;
            subscription.request(1);
          }
          return;
        }
      }
    } catch (IOException | RuntimeException browserGone) {
      release();
      if (Thread.currentThread() == containerThread) {
        completeNow();
      }
      // else the container learnt of the failure too, and calls onError on its own thread, where
      // the response is completed: completing it from here as well would race with that
    }
  }

  private void apply(Answer received) {
    HttpServletResponse response = (HttpServletResponse) async.getResponse();
    response.setStatus(received.status());
    received
        .headers()
        .forEach(
            (name, values) -> {
              if (HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) || name.startsWith(":")) {
                return;
              }
              boolean first = true;
              for (String value : values) {
                if (first) {
                  response.setHeader(name, value);
                  first = false;
                } else {
                  response.addHeader(name, value);
                }
              }
            });
    String type = response.getContentType();
    eventStream =
        type != null
            && MediaType.TEXT_EVENT_STREAM.isCompatibleWith(MediaType.parseMediaType(type));
  }

  private void finish() {
    release();
    if (!containerEnding) {
      completeNow();
    }
  }

  /** Everything but the browser's response: the service's connection and the caller's slot. */
  private void release() {
    ended = true;
    endWanted = true;
    pending.clear();
    Flow.Subscription subscription = upstream;
    if (subscription != null) {
      subscription.cancel(); // closes the connection to the service unless it had ended already
    }
    CompletableFuture<?> opening = exchange;
    if (opening != null) {
      opening.cancel(true);
    }
    slot.close();
    onEnd.accept(this);
  }

  /** The service's status and headers, or the gateway's own when the service could not answer. */
  private record Answer(int status, Map<String, List<String>> headers) {}
}
