package org.imrf.notification.inbox.web;

import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.imrf.notification.inbox.InboxEntries;
import org.imrf.notification.inbox.InboxEntry;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream of a participant's inbox. It sends entries in the order of their seq and never
 * one at or below the last sent, whichever path brings it (its own replay, a local commit, the
 * poller): since one participant's entries commit in seq order, a stream that has sent an entry has
 * sent every earlier one, and the client's Last-Event-ID says all it has.
 */
final class InboxStream {

  static final int PAGE = 200;

  private final UUID participantId;
  private final SseEmitter emitter;
  private final Counters counters;
  private long lastSent;
  // until its replay ran, what else brings is left to the replay, which reads after it committed
  private boolean live;

  /** The events pushed on inbox streams, by event name. */
  record Counters(Counter notifications, Counter reads) {}

  InboxStream(UUID participantId, SseEmitter emitter, long after, Counters counters) {
    this.participantId = participantId;
    this.emitter = emitter;
    this.lastSent = after;
    this.counters = counters;
  }

  UUID participantId() {
    return participantId;
  }

  SseEmitter emitter() {
    return emitter;
  }

  /**
   * Tells the client how soon to reconnect (which also sends the answer's headers at once), then
   * sends every entry after its last one, then whatever comes.
   */
  synchronized void replay(InboxEntries entries, long reconnectMillis) {
    send(SseEmitter.event().reconnectTime(reconnectMillis), null);
    sendNewer(entries);
    live = true;
  }

  /** Sends the participant's entries committed since the last one sent. */
  synchronized void catchUp(InboxEntries entries) {
    if (live) {
      sendNewer(entries);
    }
  }

  /** Sends these entries of the participant (in seq order) that it has not sent. */
  synchronized void deliver(List<InboxEntry> entries) {
    if (!live) {
      return;
    }
    for (InboxEntry entry : entries) {
      if (entry.seq() > lastSent && !send(entry)) {
        return;
      }
    }
  }

  synchronized void read(UUID notificationId, boolean read) {
    if (live) {
      send(
          SseEmitter.event()
              .name("read")
              .data(new ReadEvent(notificationId, read), MediaType.APPLICATION_JSON),
          counters.reads());
    }
  }

  /** A comment line: proxies see traffic, and a client gone shows. */
  synchronized void heartbeat() {
    send(SseEmitter.event().comment(""), null);
  }

  private void sendNewer(InboxEntries entries) {
    List<InboxEntry> page;
    do {
      page = entries.after(participantId, lastSent, PAGE);
      for (InboxEntry entry : page) {
        if (!send(entry)) {
          return;
        }
      }
    } while (page.size() == PAGE);
  }

  private boolean send(InboxEntry entry) {
    boolean sent =
        send(
            SseEmitter.event()
                .id(Long.toString(entry.seq()))
                .name("notification")
                .data(InboxItem.of(entry), MediaType.APPLICATION_JSON),
            counters.notifications());
    if (sent) {
      lastSent = entry.seq();
    }
    return sent;
  }

  private boolean send(SseEmitter.SseEventBuilder event, Counter counter) {
    try {
      emitter.send(event);
      if (counter != null) {
        counter.increment();
      }
      return true;
    } catch (IOException | IllegalStateException gone) {
      // the client went away, or the stream ended: it leaves its participant's set as it completes
      try {
        emitter.completeWithError(gone);
      } catch (IllegalStateException alreadyComplete) {
        // completed meanwhile
      }
      return false;
    }
  }
}
