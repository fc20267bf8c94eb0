package org.imrf.notification.announcement;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.backbone.problems.DomainProblem;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.notification.participant.ParticipantAudiences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The organisers' use cases: write, change, preview, test, count the audience of and send. */
@Service
public class Announcements {

  private final AnnouncementRepository announcements;
  private final ParticipantAudiences audiences;
  private final AnnouncementTexts texts;
  private final AnnouncementEventsOutbox events;
  private final AnnouncementFanOut fanOut;
  private final OrganiserMail mail;
  private final Clock clock;

  Announcements(
      AnnouncementRepository announcements,
      ParticipantAudiences audiences,
      AnnouncementTexts texts,
      AnnouncementEventsOutbox events,
      AnnouncementFanOut fanOut,
      OrganiserMail mail,
      Clock clock) {
    this.announcements = announcements;
    this.audiences = audiences;
    this.texts = texts;
    this.events = events;
    this.fanOut = fanOut;
    this.mail = mail;
    this.clock = clock;
  }

  /**
   * Writes a draft.
   *
   * @throws InvalidFields naming each field that breaks a rule; nothing is written
   */
  @Transactional
  public AnnouncementView create(AnnouncementDraft draft, String actor) {
    Announcement announcement =
        Announcement.draft(UUID.randomUUID(), Content.read(draft), actor, Instant.now(clock));
    announcements.insert(announcement);
    return AnnouncementView.of(announcement);
  }

  /**
   * Replaces a draft's content.
   *
   * @param expectedVersion the version the organiser read; null to change whatever is there
   */
  @Transactional
  public AnnouncementView replace(
      UUID id, AnnouncementDraft draft, Integer expectedVersion, String actor) {
    Content content = Content.read(draft);
    Announcement announcement = announcements.lock(id).orElseThrow(() -> new NotFound(id));
    announcement.edit(content, expectedVersion, Instant.now(clock));
    announcements.update(announcement);
    return AnnouncementView.of(announcement);
  }

  @Transactional(readOnly = true)
  public AnnouncementView find(UUID id) {
    return AnnouncementView.of(announcements.find(id).orElseThrow(() -> new NotFound(id)));
  }

  /**
   * The announcement as a reader of a language gets it.
   *
   * @throws InvalidFields naming {@code language} if it is not a UN language
   */
  @Transactional(readOnly = true)
  public Preview preview(UUID id, String language) {
    requireLanguage(language);
    Announcement announcement = announcements.find(id).orElseThrow(() -> new NotFound(id));
    return texts.render(announcement.content(), language);
  }

  /** Whom the filters reach now, by language. */
  @Transactional(readOnly = true)
  public AudienceCount audience(UUID id) {
    Announcement announcement = announcements.find(id).orElseThrow(() -> new NotFound(id));
    Map<String, Long> byLanguage =
        audiences.countByLanguage(AnnouncementFanOut.audience(announcement.content()));
    long untranslated =
        byLanguage.entrySet().stream()
            .filter(e -> !announcement.content().body().languages().contains(e.getKey()))
            .mapToLong(Map.Entry::getValue)
            .sum();
    return new AudienceCount(
        byLanguage.values().stream().mapToLong(Long::longValue).sum(), byLanguage, untranslated);
  }

  /**
   * Emails the announcement, as a reader of the language gets it, to the organiser alone.
   *
   * @param address the organiser's own address
   */
  @Transactional(readOnly = true)
  public void test(UUID id, String language, String address) {
    Preview preview = preview(id, language);
    mail.send(address, preview);
  }

  /**
   * Sends the announcement, once: its event is published, and it is written to each recipient in
   * the background once this commits.
   *
   * @throws Announcement.AlreadySent if it was sent before
   */
  @Transactional
  public AnnouncementView send(UUID id, Integer expectedVersion, String actor) {
    Announcement announcement = announcements.lock(id).orElseThrow(() -> new NotFound(id));
    long reached =
        audiences
            .countByLanguage(AnnouncementFanOut.audience(announcement.content()))
            .values()
            .stream()
            .mapToLong(Long::longValue)
            .sum();
    announcement.send(expectedVersion, Math.toIntExact(reached), actor, Instant.now(clock));
    announcements.update(announcement);
    announcement.recordedEvents().forEach(events::publish);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            fanOut.start(id);
          }
        });
    return AnnouncementView.of(announcement);
  }

  private static void requireLanguage(String language) {
    if (!UnLanguages.isUnLanguage(language)) {
      throw new InvalidFields(
          "language", "must be one of the six UN languages: ar, zh, en, fr, ru, es");
    }
  }

  static final class NotFound extends DomainProblem.NotFound {
    NotFound(UUID id) {
      super("Announcement not found", "There is no announcement " + id);
    }
  }
}
