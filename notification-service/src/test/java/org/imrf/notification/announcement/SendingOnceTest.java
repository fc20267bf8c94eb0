package org.imrf.notification.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imrf.testing.AggregateScenario.givenStored;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.backbone.web.FieldError;
import org.imrf.backbone.web.InvalidFields;
import org.junit.jupiter.api.Test;

/** An announcement's rules, without Spring: a draft changes until it is sent, and is sent once. */
class SendingOnceTest {

  static final Instant MONDAY = Instant.parse("2026-04-20T08:00:00Z");
  static final UUID ID = UUID.fromString("0d9c8b7a-6e5f-4a3b-8c2d-1e0f9a8b7c6d");

  @Test
  void sendingADraftRecordsWhomItReachesAndWhoSentIt() {
    givenStored(draft())
        .when(a -> a.send(1, 412, "organiser@un.example", MONDAY))
        .then(
            new AnnouncementSent(
                ID,
                "imrf-2026",
                MultilingualText.of(Map.of("en", "Visas", "fr", "Visas")),
                List.of("en", "fr"),
                List.of(),
                List.of(),
                List.of("in-person"),
                List.of("africa"),
                412,
                "organiser@un.example",
                MONDAY));
  }

  @Test
  void anAnnouncementSentIsNeitherSentAgainNorChanged() {
    // as loaded once sent
    Announcement sent =
        new Announcement(
            ID,
            content(),
            AnnouncementState.SENDING,
            2,
            "organiser@un.example",
            MONDAY,
            MONDAY,
            "organiser@un.example",
            MONDAY,
            412,
            Announcement.Progress.NONE);

    givenStored(sent)
        .when(a -> a.send(null, 412, "organiser@un.example", MONDAY))
        .thenRefused(Announcement.AlreadySent.class);
    assertThatThrownBy(() -> sent.edit(content(), null, MONDAY))
        .isInstanceOf(Announcement.AlreadySent.class);
  }

  @Test
  void aDraftChangedSinceTheOrganiserReadItIsNeitherChangedNorSent() {
    Announcement changed = draft();
    changed.edit(content(), 1, MONDAY);

    givenStored(changed)
        .when(a -> a.send(1, 412, "organiser@un.example", MONDAY))
        .thenRefused(Announcement.ChangedSinceRead.class);
    assertThat(changed.state()).isEqualTo(AnnouncementState.DRAFT);
  }

  @Test
  void aSubjectAndABodyGivenInDifferentLanguagesAreEachNamed() {
    AnnouncementDraft mismatched =
        new AnnouncementDraft(
            "imrf-2026",
            Map.of("en", "Visas", "fr", "Visas"),
            Map.of("en", "Apply early.", "es", "Solicite pronto."),
            null,
            null,
            null,
            null);

    assertThatThrownBy(() -> Content.read(mismatched))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("body.fr", "subject.es"));
  }

  private static Announcement draft() {
    return Announcement.draft(ID, content(), "organiser@un.example", MONDAY);
  }

  private static Content content() {
    return Content.read(
        new AnnouncementDraft(
            "imrf-2026",
            Map.of("en", "Visas", "fr", "Visas"),
            Map.of("en", "Apply early.", "fr", "Demandez tôt."),
            null,
            null,
            List.of("in-person"),
            List.of("africa")));
  }
}
