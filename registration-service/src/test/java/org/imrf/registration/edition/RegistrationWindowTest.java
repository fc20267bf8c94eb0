package org.imrf.registration.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.imrf.backbone.language.MultilingualText;
import org.junit.jupiter.api.Test;

/**
 * When an edition takes registrations, without Spring: from its opening (included) until its
 * closing (excluded); open at either end that is not set. {@link EditionsTest} proves what a
 * registrant is told.
 */
class RegistrationWindowTest {

  static final Instant OPENS = Instant.parse("2026-01-15T00:00:00Z");
  static final Instant CLOSES = Instant.parse("2026-04-15T00:00:00Z");

  @Test
  void registrationIsOpenFromItsOpeningUntilItsClosing() {
    Edition edition = edition(Optional.of(OPENS), Optional.of(CLOSES));

    assertThat(edition.registration(OPENS.minusMillis(1)))
        .isEqualTo(Edition.RegistrationWindow.NOT_YET_OPEN);
    assertThat(edition.registration(OPENS)).isEqualTo(Edition.RegistrationWindow.OPEN);
    assertThat(edition.registration(CLOSES.minusMillis(1)))
        .isEqualTo(Edition.RegistrationWindow.OPEN);
    assertThat(edition.registration(CLOSES)).isEqualTo(Edition.RegistrationWindow.CLOSED);
  }

  @Test
  void anEndThatIsNotSetLeavesRegistrationOpenOnThatSide() {
    assertThat(edition(Optional.empty(), Optional.of(CLOSES)).registration(Instant.EPOCH))
        .isEqualTo(Edition.RegistrationWindow.OPEN);
    assertThat(edition(Optional.of(OPENS), Optional.empty()).registration(Instant.MAX))
        .isEqualTo(Edition.RegistrationWindow.OPEN);
  }

  static Edition edition(Optional<Instant> opens, Optional<Instant> closes) {
    return new Edition(
        "imrf-2026",
        MultilingualText.english("IMRF 2026"),
        new Schedule(Optional.of(LocalDate.parse("2026-05-04")), Optional.empty(), List.of()),
        Optional.empty(),
        ZoneId.of("America/New_York"),
        opens,
        closes,
        false,
        0);
  }
}
