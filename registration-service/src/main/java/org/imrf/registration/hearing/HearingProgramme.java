package org.imrf.registration.hearing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.backbone.random.Unpredictable;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.registration.edition.Editions;
import org.imrf.registration.edition.UnknownEdition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisers set up the thematic sessions of an edition's hearing; the programme is public. */
@Service
public class HearingProgramme {

  private final Editions editions;
  private final HearingSessions sessions;
  private final Clock clock;

  HearingProgramme(Editions editions, HearingSessions sessions, Clock clock) {
    this.editions = editions;
    this.sessions = sessions;
    this.clock = clock;
  }

  /**
   * A session as organisers describe it.
   *
   * @param titles its title in each UN language given
   * @param themes what it is about, in each UN language given; null if not said
   * @param startsAt when the first speaker takes the floor
   * @param speakingTime each speaker's time limit; null for {@link
   *     HearingSession#DEFAULT_SPEAKING_TIME}
   * @param demo whether it is demonstration data
   */
  public record Draft(
      MultilingualText titles,
      MultilingualText themes,
      Instant startsAt,
      Duration speakingTime,
      boolean demo) {}

  /**
   * A change to a session: null leaves a field as it is.
   *
   * @param titles a merge patch of its title: texts by language, null for a translation removed
   * @param themes a merge patch of what it is about, the same way
   * @param removeTheme whether it is no longer about anything said
   * @param startsAt when the first speaker takes the floor
   * @param speakingTime each speaker's time limit
   */
  public record Change(
      Map<String, String> titles,
      Map<String, String> themes,
      boolean removeTheme,
      Instant startsAt,
      Duration speakingTime) {}

  /**
   * Sets up a session.
   *
   * @throws UnknownEdition if there is no such edition
   */
  @Transactional
  public HearingSession create(String editionId, Draft draft, String actor) {
    requireEdition(editionId);
    Duration speakingTime =
        Objects.requireNonNullElse(draft.speakingTime(), HearingSession.DEFAULT_SPEAKING_TIME);
    requireAllowed(speakingTime);
    HearingSession session =
        new HearingSession(
            Unpredictable.uuid(),
            editionId,
            draft.titles(),
            draft.themes(),
            draft.startsAt(),
            speakingTime,
            draft.demo(),
            0);
    sessions.add(session, actor);
    return session;
  }

  /**
   * Changes a session; its speakers' planned times follow.
   *
   * @param seenVersion the version the caller read, if they say
   * @throws UnknownHearingSession if the edition has no such session
   * @throws HearingSessionChangedMeanwhile if it changed since the caller read it
   */
  @Transactional
  public HearingSession change(
      String editionId, UUID id, Change change, OptionalInt seenVersion, String actor) {
    requireEdition(editionId);
    HearingSession current =
        sessions
            .findForChange(editionId, id)
            .orElseThrow(() -> new UnknownHearingSession(editionId, id));
    if (seenVersion.isPresent() && seenVersion.getAsInt() != current.version()) {
      throw new HearingSessionChangedMeanwhile(id);
    }
    HearingSession changed =
        current.changed(
            change.titles() == null ? current.titles() : current.titles().merge(change.titles()),
            themes(current.themes(), change),
            Objects.requireNonNullElse(change.startsAt(), current.startsAt()),
            Objects.requireNonNullElse(change.speakingTime(), current.speakingTime()));
    requireAllowed(changed.speakingTime());
    if (changed.titles().equals(current.titles())
        && Objects.equals(changed.themes(), current.themes())
        && changed.startsAt().equals(current.startsAt())
        && changed.speakingTime().equals(current.speakingTime())) {
      return current;
    }
    sessions.update(changed, actor, Instant.now(clock));
    return changed;
  }

  /**
   * The edition's sessions, earliest first.
   *
   * @throws UnknownEdition if there is no such edition
   */
  @Transactional(readOnly = true)
  public List<HearingSession> sessions(String editionId) {
    requireEdition(editionId);
    return sessions.ofEdition(editionId);
  }

  /**
   * @throws UnknownEdition if there is no such edition
   * @throws UnknownHearingSession if it has no such session
   */
  @Transactional(readOnly = true)
  public HearingSession session(String editionId, UUID id) {
    requireEdition(editionId);
    return sessions.find(editionId, id).orElseThrow(() -> new UnknownHearingSession(editionId, id));
  }

  private static MultilingualText themes(MultilingualText current, Change change) {
    if (change.removeTheme()) {
      return null;
    }
    if (change.themes() == null) {
      return current;
    }
    if (current == null) {
      if (change.themes().get(UnLanguages.ENGLISH) == null) {
        throw new InvalidFields(
            "themes.en", "is required: the session has no theme yet, and English comes first");
      }
      Map<String, String> given = new LinkedHashMap<>();
      change
          .themes()
          .forEach(
              (language, text) -> {
                if (text != null) {
                  given.put(language, text);
                }
              });
      return MultilingualText.of(given);
    }
    return current.merge(change.themes());
  }

  private void requireEdition(String editionId) {
    if (editions.find(editionId).isEmpty()) {
      throw new UnknownEdition(editionId);
    }
  }

  private static void requireAllowed(Duration speakingTime) {
    if (!HearingSession.allowedSpeakingTime(speakingTime)) {
      // the API checks it first; this keeps other callers honest
      throw new IllegalArgumentException("Speaking time out of range: " + speakingTime);
    }
  }
}
