package org.imrf.notification.announcement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.imrf.notification.notification.Message;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.participant.Audience;
import org.imrf.notification.participant.ParticipantAudiences;
import org.imrf.notification.participant.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a sent announcement to each recipient, a chunk at a time, away from the request that sent
 * it. Each chunk commits on its own with the progress it made; the announcement's row is locked
 * meanwhile, so two writers (a resumed one, another instance) never write the same chunk, and a
 * notification already written for a recipient is skipped, so nothing is doubled. An announcement
 * whose writing stopped (a crash) is resumed by whichever instance sees it stalled first.
 */
@Component
class AnnouncementFanOut implements DisposableBean {

  static final String KIND = "announcement";
  // the label every notification carries today; its deliveries decide the channels
  private static final String CHANNEL = "email";
  private static final Logger log = LoggerFactory.getLogger(AnnouncementFanOut.class);

  private final AnnouncementRepository announcements;
  private final ParticipantAudiences audiences;
  private final NotificationWriter writer;
  private final AnnouncementTexts texts;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final int chunkSize;
  private final Duration stalledAfter;
  private final Set<UUID> running = ConcurrentHashMap.newKeySet();
  private final ExecutorService workers =
      Executors.newFixedThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task, "announcement-fan-out");
            thread.setDaemon(true);
            return thread;
          });

  AnnouncementFanOut(
      AnnouncementRepository announcements,
      ParticipantAudiences audiences,
      NotificationWriter writer,
      AnnouncementTexts texts,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${imrf.announcements.chunk-size:5000}") int chunkSize,
      @Value("${imrf.announcements.stalled-after:30s}") Duration stalledAfter) {
    this.announcements = announcements;
    this.audiences = audiences;
    this.writer = writer;
    this.texts = texts;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.chunkSize = chunkSize;
    this.stalledAfter = stalledAfter;
  }

  /** Starts writing a sent announcement, in the background. */
  void start(UUID announcement) {
    workers.execute(() -> run(announcement));
  }

  /** Resumes the announcements whose writing stopped: this instance's, or another's that died. */
  @Scheduled(
      fixedDelayString = "${imrf.announcements.resume-every:10s}",
      initialDelayString = "${imrf.announcements.resume-every:10s}")
  void resumeStalled() {
    for (UUID stalled : announcements.stalledSince(Instant.now(clock).minus(stalledAfter))) {
      log.info("Resuming announcement {}, whose writing stopped", stalled);
      start(stalled);
    }
  }

  /** Writes chunks until every recipient has the announcement. */
  void run(UUID announcement) {
    if (!running.add(announcement)) {
      return; // this instance writes it already
    }
    try {
      while (Boolean.TRUE.equals(
          transaction.execute(status -> writeNextChunk(announcement, chunkSize)))) {
        // each chunk committed on its own
      }
    } catch (RuntimeException failure) {
      // left 'sending': resumed once it is seen stalled
      log.error("Writing announcement {} stopped", announcement, failure);
    } finally {
      running.remove(announcement);
    }
  }

  /**
   * Writes the next chunk of recipients, in the caller's transaction, and records the progress.
   *
   * @param size at most this many recipients
   * @return whether recipients remain
   */
  boolean writeNextChunk(UUID id, int size) {
    Optional<Announcement> locked = announcements.lock(id);
    if (locked.isEmpty() || locked.get().state() != AnnouncementState.SENDING) {
      return false;
    }
    Announcement announcement = locked.get();
    Content content = announcement.content();
    List<Recipient> chunk =
        audiences.chunk(audience(content), announcement.progress().after(), size);
    Instant now = Instant.now(clock);
    Map<String, Message> byLanguage = new HashMap<>();
    List<Notification> notifications = new ArrayList<>(chunk.size());
    for (Recipient recipient : chunk) {
      Message message =
          byLanguage.computeIfAbsent(recipient.language(), l -> texts.message(content, l));
      notifications.add(
          new Notification(
              UUID.randomUUID(),
              recipient.id(),
              id,
              KIND,
              CHANNEL,
              recipient.email(),
              recipient.language(),
              message.subject(),
              message.body(),
              now));
    }
    int written = writer.writeAll(notifications).size();
    boolean finished = chunk.size() < size;
    UUID last = chunk.isEmpty() ? null : chunk.get(chunk.size() - 1).id();
    announcements.progress(id, last, written, now, finished);
    if (finished) {
      log.info("Announcement {} written to its recipients: {} in the last chunk", id, chunk.size());
    }
    return !finished;
  }

  /** Whom the announcement's filters reach. */
  static Audience audience(Content content) {
    Content.Filters filters = content.filters();
    return new Audience(
        content.editionId(),
        new LinkedHashSet<>(filters.categories()),
        new LinkedHashSet<>(filters.languages()),
        new LinkedHashSet<>(filters.attendances()),
        filters.countries());
  }

  @Override
  public void destroy() {
    workers.shutdownNow();
  }
}
