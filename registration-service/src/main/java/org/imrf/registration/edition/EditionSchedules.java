package org.imrf.registration.edition;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.imrf.backbone.language.MultilingualText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up editions and changes them. A change of dates or of a segment's times is a rescheduling,
 * which everyone concerned hears of; other changes (titles and their translations among them) are
 * details. Every change names who made it.
 */
@Service
public class EditionSchedules {

  private final EditionStore editions;
  private final EditionEvents events;
  private final Clock clock;

  EditionSchedules(EditionStore editions, EditionEvents events, Clock clock) {
    this.editions = editions;
    this.events = events;
    this.clock = clock;
  }

  /**
   * What an edition should be.
   *
   * @param id e.g. {@code imrf-2030}
   * @param titles its name in each UN language given, English always
   * @param schedule dates and programme
   * @param venue where, if known
   * @param timeZone where its times are set
   * @param registrationOpensAt from when one may register
   * @param registrationClosesAt until when
   * @param demo whether it is demonstration data
   */
  public record Draft(
      String id,
      MultilingualText titles,
      Schedule schedule,
      Optional<String> venue,
      java.time.ZoneId timeZone,
      Optional<Instant> registrationOpensAt,
      Optional<Instant> registrationClosesAt,
      boolean demo) {}

  @Transactional
  public Edition create(Draft draft, String actor) {
    Edition edition = edition(draft, 0);
    editions.add(edition);
    events.publish(
        new EditionScheduled(
            edition.id(),
            edition.titles(),
            ScheduleView.of(edition.schedule()),
            edition.venue().orElse(null),
            edition.timeZone().getId(),
            edition.registrationOpensAt().orElse(null),
            edition.registrationClosesAt().orElse(null),
            edition.demo(),
            actor,
            Instant.now(clock)));
    return edition;
  }

  /**
   * Changes an edition.
   *
   * @param seenVersion the version the caller read, if they say
   * @throws UnknownEdition if there is no such edition
   * @throws EditionChangedMeanwhile if it changed since the caller read it
   */
  @Transactional
  public Edition change(String id, Draft draft, OptionalInt seenVersion, String actor) {
    Edition current = editions.find(id).orElseThrow(() -> new UnknownEdition(id));
    EditionChange change =
        EditionChange.of(current, edition(draft, current.version() + 1), seenVersion);
    editions.update(change.next());
    change.events(actor, Instant.now(clock)).forEach(events::publish);
    return change.next();
  }

  @Transactional(readOnly = true)
  public Optional<Edition> find(String id) {
    return editions.find(id);
  }

  @Transactional(readOnly = true)
  public List<Edition> all() {
    return editions.all();
  }

  private static Edition edition(Draft draft, int version) {
    List<Segment> programme =
        draft.schedule().programme().stream()
            .sorted(Comparator.comparing(Segment::startsAt).thenComparing(Segment::endsAt))
            .toList();
    return new Edition(
        draft.id(),
        draft.titles(),
        new Schedule(draft.schedule().startsOn(), draft.schedule().endsOn(), programme),
        draft.venue(),
        draft.timeZone(),
        draft.registrationOpensAt(),
        draft.registrationClosesAt(),
        draft.demo(),
        version);
  }
}
