package org.imrf.notification.preference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.forgetting.ForgetsParticipants;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.backbone.web.FieldError;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each participant's preferences as one document: read, and replaced whole after every field is
 * checked. The language goes to the participant's copy, which every message is written from.
 */
@Service
public class ParticipantPreferences implements ForgetsParticipants {

  private static final String EVERY_KIND = ChannelPreferences.EVERY_KIND;
  private static final String CHANNEL_CODES =
      Stream.of(Channel.values()).map(Channel::code).collect(Collectors.joining(", "));
  private static final String MODE_CODES =
      Stream.of(DeliveryMode.values()).map(DeliveryMode::code).collect(Collectors.joining(", "));

  private final PreferenceStore store;
  private final ParticipantDirectory participants;
  private final KindsOfMessage kinds;
  private final ApplicationEventPublisher events;

  ParticipantPreferences(
      PreferenceStore store,
      ParticipantDirectory participants,
      KindsOfMessage kinds,
      ApplicationEventPublisher events) {
    this.store = store;
    this.participants = participants;
    this.kinds = kinds;
    this.events = events;
  }

  /** A known participant's preferences, the defaults where they did not choose. */
  @Transactional(readOnly = true)
  public Optional<Preferences> of(UUID participantId) {
    return participants.find(participantId).map(this::of);
  }

  private Preferences of(KnownParticipant participant) {
    PreferenceStore.Settings settings = store.settings(participant.id());
    List<ChannelChoice> choices = store.choices(participant.id());
    Map<String, Set<Channel>> channels = new LinkedHashMap<>();
    channels.put(EVERY_KIND, ChannelChoice.forKind(choices, EVERY_KIND));
    choices.stream()
        .map(ChannelChoice::kind)
        .filter(kind -> !kind.equals(EVERY_KIND))
        .distinct()
        .sorted()
        .forEach(kind -> channels.put(kind, ChannelChoice.forKind(choices, kind)));
    return new Preferences(
        participant.id(),
        participant.language(),
        settings.deliveryMode(),
        settings.digestHour(),
        participant.zone().getId(),
        channels,
        settings.version());
  }

  /**
   * Replaces a participant's preferences with the document given, or changes nothing.
   *
   * @param expectedVersion the version the caller read, if they said
   * @return the preferences now, or empty if the participant is not known
   * @throws InvalidFields naming each invalid field
   * @throws PreferencesChangedMeanwhile if they are no longer at the expected version
   */
  @Transactional
  public Optional<Preferences> replace(
      UUID participantId, PreferencesChange change, OptionalInt expectedVersion) {
    Checked checked = check(change);
    if (participants.find(participantId).isEmpty()) {
      return Optional.empty();
    }
    int version = store.lockVersion(participantId);
    if (expectedVersion.isPresent() && expectedVersion.getAsInt() != version) {
      throw new PreferencesChangedMeanwhile(participantId);
    }
    store.replace(
        participantId,
        new PreferenceStore.Settings(checked.mode(), checked.hour(), version + 1),
        checked.channels());
    participants.chooseLanguage(participantId, change.language());
    events.publishEvent(
        new DigestChosen(
            participantId, checked.mode() == DeliveryMode.DAILY_DIGEST, checked.hour()));
    return of(participantId);
  }

  private record Checked(DeliveryMode mode, int hour, Map<String, Set<Channel>> channels) {}

  /** Every field checked, every invalid one named: nothing is written unless all are valid. */
  private Checked check(PreferencesChange change) {
    List<FieldError> errors = new ArrayList<>();
    if (change.language() != null && !UnLanguages.isUnLanguage(change.language())) {
      errors.add(
          new FieldError(
              "language", "must be one of the six UN languages: ar, zh, en, fr, ru, es"));
    }
    DeliveryMode mode = DeliveryMode.IMMEDIATE;
    if (change.deliveryMode() != null) {
      Optional<DeliveryMode> given = Coded.ofCode(DeliveryMode.class, change.deliveryMode());
      if (given.isEmpty()) {
        errors.add(new FieldError("deliveryMode", "must be one of " + MODE_CODES));
      } else {
        mode = given.get();
      }
    }
    int hour = change.digestHour() == null ? Preferences.DEFAULT_DIGEST_HOUR : change.digestHour();
    if (hour < 0 || hour > 23) {
      errors.add(new FieldError("digestHour", "must be an hour from 0 to 23"));
    }
    Map<String, Set<Channel>> channels = new TreeMap<>();
    if (change.channels() != null) {
      change
          .channels()
          .forEach(
              (kind, codes) -> {
                String field = "channels." + kind;
                if (!kind.equals(EVERY_KIND) && !kinds.known(kind)) {
                  errors.add(
                      new FieldError(
                          field, "is not a kind of message: see GET /preferences/kinds, or *"));
                  return;
                }
                if (codes == null) {
                  errors.add(new FieldError(field, "must be a list of channels, empty for none"));
                  return;
                }
                Set<Channel> chosen = EnumSet.noneOf(Channel.class);
                for (int i = 0; i < codes.size(); i++) {
                  Optional<Channel> channel =
                      codes.get(i) == null
                          ? Optional.empty()
                          : Coded.ofCode(Channel.class, codes.get(i));
                  if (channel.isEmpty()) {
                    errors.add(
                        new FieldError(field + "[" + i + "]", "must be one of " + CHANNEL_CODES));
                  } else {
                    chosen.add(channel.get());
                  }
                }
                channels.put(kind, chosen);
              });
    }
    if (!errors.isEmpty()) {
      throw new InvalidFields(errors);
    }
    return new Checked(mode, hour, channels);
  }

  /** Deletes an erased participant's preferences. */
  @Override
  public void forget(UUID participantId) {
    store.forget(participantId);
  }
}
