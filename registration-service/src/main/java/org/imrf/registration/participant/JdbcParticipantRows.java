package org.imrf.registration.participant;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;

/** How a participant is read from its row. */
final class JdbcParticipantRows {

  static final String COLUMNS =
      """
      id, edition_id, name, email, organisation, country, category, preferred_language,
      attendance, waitlisted_at, accessibility, accessibility_other, lived_experience,
      public_listing, time_zone, accreditation, objections_until, registered_at, cancelled_at,
      erased_at, version
      """;

  private JdbcParticipantRows() {}

  static Participant participant(ResultSet rs, int row) throws SQLException {
    Array accessibility = rs.getArray("accessibility");
    List<AccessibilityNeed> needs =
        Arrays.stream((String[]) accessibility.getArray())
            .map(code -> Coded.ofCode(AccessibilityNeed.class, code).orElseThrow())
            .toList();
    Boolean livedExperience = (Boolean) rs.getObject("lived_experience");
    return new Participant(
        rs.getObject("id", UUID.class),
        rs.getString("edition_id"),
        rs.getString("name"),
        rs.getString("email"),
        rs.getString("organisation"),
        rs.getString("country"),
        Coded.ofCode(Category.class, rs.getString("category")).orElseThrow(),
        Coded.ofCode(UnLanguage.class, rs.getString("preferred_language")).orElseThrow(),
        Coded.ofCode(Attendance.class, rs.getString("attendance")).orElseThrow(),
        instant(rs, "waitlisted_at"),
        AccessibilityNeeds.of(needs, rs.getString("accessibility_other")),
        livedExperience == null
            ? LivedExperience.NOT_SAID
            : livedExperience ? LivedExperience.YES : LivedExperience.NO,
        rs.getBoolean("public_listing"),
        ZoneId.of(rs.getString("time_zone")),
        Coded.ofCode(Accreditation.class, rs.getString("accreditation")).orElseThrow(),
        instant(rs, "objections_until"),
        rs.getTimestamp("registered_at").toInstant(),
        instant(rs, "cancelled_at"),
        instant(rs, "erased_at"),
        rs.getInt("version"));
  }

  static Boolean livedExperience(LivedExperience value) {
    return switch (value) {
      case YES -> Boolean.TRUE;
      case NO -> Boolean.FALSE;
      case NOT_SAID -> null;
    };
  }

  static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
