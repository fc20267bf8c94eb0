package org.imrf.registration.hearing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.LivedExperience;
import org.imrf.registration.participant.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requests to speak, read together with their speaker's registration: a participant who no longer
 * takes part (cancelled, refused or erased) drops out of every view here, whatever their request
 * says.
 */
@Repository
class JdbcSpeakerRequests implements SpeakerRequests {

  private static final String COLUMNS =
      """
      r.id, r.edition_id, r.session_id, r.participant_id, r.objectives, r.summary, r.gender,
      r.status, r.position, r.speaking_time_seconds, r.requested_by, r.requested_at, r.decided_by,
      r.decided_at, r.decline_reason
      """;

  /** The speaker still takes part, as the participant directory counts live registrations. */
  private static final String LIVE =
      "p.cancelled_at is null and p.erased_at is null and p.accreditation <> 'refused'";

  private final JdbcClient jdbc;

  JdbcSpeakerRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Requests with their session and speaker, as {@code v}: those of live speakers matching {@code
   * where}, each selected one numbered by its place among the live selected of its session.
   */
  private static String views(String where) {
    return "(select "
        + COLUMNS
        + """
        , s.titles as session_titles, s.starts_at as session_starts_at,
          p.name, p.organisation, p.country, p.category, p.lived_experience, p.time_zone,
          case when r.status = 'selected'
            then row_number() over (partition by r.session_id, r.status order by r.position)
          end as place
        from hearing_request r
        join hearing_session s on s.id = r.session_id
        join participant p on p.id = r.participant_id
        where\s"""
        + LIVE
        + " and "
        + where
        + ") v";
  }

  @Override
  public boolean add(SpeakerRequest request) {
    return jdbc.sql(
                """
                insert into hearing_request (id, edition_id, session_id, participant_id,
                  objectives, summary, gender, status, requested_by, requested_at)
                values (:id, :edition, :session, :participant, :objectives, :summary, :gender,
                  :status, :requestedBy, :requestedAt)
                on conflict (edition_id, participant_id) where status in ('requested', 'selected')
                do nothing
                """)
            .param("id", request.id())
            .param("edition", request.editionId())
            .param("session", request.sessionId())
            .param("participant", request.participantId())
            .param("objectives", request.objectives().toArray(Integer[]::new))
            .param("summary", request.summary())
            .param("gender", request.gender())
            .param("status", request.status().code())
            .param("requestedBy", request.requestedBy())
            .param("requestedAt", Timestamp.from(request.requestedAt()))
            .update()
        == 1;
  }

  @Override
  public Optional<SpeakerRequest> findOpen(String editionId, UUID participantId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                from hearing_request r
                where r.edition_id = :edition and r.participant_id = :participant
                  and r.status in ('requested', 'selected')
                """)
        .param("edition", editionId)
        .param("participant", participantId)
        .query(JdbcSpeakerRequests::request)
        .optional();
  }

  @Override
  public Optional<SpeakerRequest> findForChange(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from hearing_request r where r.id = :id for update")
        .param("id", id)
        .query(JdbcSpeakerRequests::request)
        .optional();
  }

  @Override
  public Optional<RequestView> view(String editionId, UUID id) {
    return jdbc.sql("select * from " + views("r.edition_id = :edition") + " where v.id = :id")
        .param("edition", editionId)
        .param("id", id)
        .query(JdbcSpeakerRequests::view)
        .optional();
  }

  @Override
  public SpeakerRequestQuery.Page search(SpeakerRequestQuery query) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("edition", query.editionId());
    conditions.add("true");
    if (query.sessionId() != null) {
      conditions.add("v.session_id = :session");
      params.put("session", query.sessionId());
    }
    if (!query.statuses().isEmpty()) {
      conditions.add("v.status in (:statuses)");
      params.put(
          "statuses", query.statuses().stream().map(SpeakerRequest.Status::code).sorted().toList());
    }
    String from = views("r.edition_id = :edition") + " where " + String.join(" and ", conditions);
    JdbcClient.StatementSpec count = jdbc.sql("select count(*) from " + from);
    params.forEach(count::param);
    long total = count.query(Long.class).single();
    JdbcClient.StatementSpec page =
        jdbc.sql(
            "select * from " + from + " order by " + order(query) + " limit :limit offset :offset");
    params.forEach(page::param);
    List<RequestView> items =
        page.param("limit", query.size())
            .param("offset", (long) query.page() * query.size())
            .query(JdbcSpeakerRequests::view)
            .list();
    return new SpeakerRequestQuery.Page(items, query.page(), query.size(), total);
  }

  @Override
  public List<RequestView> selected(UUID sessionId) {
    return jdbc.sql(
            "select * from "
                + views("r.session_id = :session")
                + " where v.status = 'selected' order by v.position")
        .param("session", sessionId)
        .query(JdbcSpeakerRequests::view)
        .list();
  }

  @Override
  public int lastPosition(UUID sessionId) {
    return jdbc.sql(
            "select coalesce(max(position), 0) from hearing_request"
                + " where session_id = :session and status = 'selected'")
        .param("session", sessionId)
        .query(Integer.class)
        .single();
  }

  @Override
  public void save(SpeakerRequest request) {
    jdbc.sql(
            """
            update hearing_request set status = :status, position = :position,
              speaking_time_seconds = :speakingTime, decided_by = :decidedBy,
              decided_at = :decidedAt, decline_reason = :reason
            where id = :id
            """)
        .param("id", request.id())
        .param("status", request.status().code())
        .param("position", request.position())
        .param("speakingTime", seconds(request.speakingTime()))
        .param("decidedBy", request.decidedBy())
        .param("decidedAt", timestamp(request.decidedAt()))
        .param("reason", request.declineReason())
        .update();
  }

  @Override
  public void reorder(UUID sessionId, List<UUID> order, Map<UUID, Duration> speakingTimes) {
    List<UUID> after =
        new ArrayList<>(
            jdbc.sql(
                    "select id from hearing_request where session_id = :session"
                        + " and status = 'selected' order by position")
                .param("session", sessionId)
                .query(UUID.class)
                .list());
    Set<UUID> ordered = new HashSet<>(order);
    after.removeIf(ordered::contains);
    int position = 0;
    // places may cross on the way: the constraint that keeps them distinct is checked at commit
    for (UUID id : order) {
      jdbc.sql(
              """
              update hearing_request set position = :position, speaking_time_seconds = :seconds
              where id = :id and session_id = :session and status = 'selected'
              """)
          .param("id", id)
          .param("session", sessionId)
          .param("position", ++position)
          .param("seconds", seconds(speakingTimes.get(id)))
          .update();
    }
    for (UUID id : after) {
      jdbc.sql(
              """
              update hearing_request set position = :position
              where id = :id and session_id = :session and status = 'selected'
              """)
          .param("id", id)
          .param("session", sessionId)
          .param("position", ++position)
          .update();
    }
  }

  @Override
  public List<Balance.Entry> balance(String editionId, UUID sessionId) {
    JdbcClient.StatementSpec spec =
        jdbc.sql(
                """
                select r.status, r.gender, p.country, p.category, p.lived_experience
                from hearing_request r join participant p on p.id = r.participant_id
                where r.edition_id = :edition and\s"""
                    + LIVE
                    + (sessionId == null ? "" : " and r.session_id = :session"))
            .param("edition", editionId);
    if (sessionId != null) {
      spec.param("session", sessionId);
    }
    return spec.query(
            (rs, row) ->
                new Balance.Entry(
                    Coded.ofCode(SpeakerRequest.Status.class, rs.getString("status")).orElseThrow(),
                    Regions.of(rs.getString("country")),
                    Genders.bucket(rs.getString("gender")),
                    Coded.ofCode(Category.class, rs.getString("category")).orElseThrow(),
                    livedExperience(rs)))
        .list();
  }

  @Override
  public List<RequestView> ofParticipant(UUID participantId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                , s.titles as session_titles, p.name, p.organisation, p.country, p.category,
                  p.lived_experience, p.time_zone, null as place
                from hearing_request r
                join hearing_session s on s.id = r.session_id
                join participant p on p.id = r.participant_id
                where r.participant_id = :participant
                order by r.requested_at, r.id
                """)
        .param("participant", participantId)
        .query(JdbcSpeakerRequests::view)
        .list();
  }

  @Override
  public void erase(UUID participantId, Instant at) {
    jdbc.sql(
            """
            update hearing_request set summary = null, gender = null, decline_reason = null,
              erased_at = :at
            where participant_id = :participant
            """)
        .param("participant", participantId)
        .param("at", Timestamp.from(at))
        .update();
  }

  private static String order(SpeakerRequestQuery query) {
    String column =
        switch (query.sort()) {
          case REQUESTED_AT -> "v.requested_at";
          case NAME -> "lower(v.name)";
          case ORGANISATION -> "lower(v.organisation)";
          case CATEGORY -> "v.category";
          case STATUS -> "v.status";
          case SESSION -> "v.session_starts_at";
        };
    String direction = query.descending() ? " desc" : " asc";
    return column + direction + ", v.requested_at" + direction + ", v.id" + direction;
  }

  private static SpeakerRequest request(ResultSet rs, int row) throws SQLException {
    Integer[] objectives = (Integer[]) rs.getArray("objectives").getArray();
    Integer position = (Integer) rs.getObject("position");
    Integer seconds = (Integer) rs.getObject("speaking_time_seconds");
    return new SpeakerRequest(
        rs.getObject("id", UUID.class),
        rs.getString("edition_id"),
        rs.getObject("session_id", UUID.class),
        rs.getObject("participant_id", UUID.class),
        Arrays.asList(objectives),
        rs.getString("summary"),
        rs.getString("gender"),
        Coded.ofCode(SpeakerRequest.Status.class, rs.getString("status")).orElseThrow(),
        position,
        seconds == null ? null : Duration.ofSeconds(seconds),
        rs.getString("requested_by"),
        rs.getTimestamp("requested_at").toInstant(),
        rs.getString("decided_by"),
        instant(rs, "decided_at"),
        rs.getString("decline_reason"));
  }

  private static RequestView view(ResultSet rs, int row) throws SQLException {
    String country = rs.getString("country");
    Number place = (Number) rs.getObject("place");
    return new RequestView(
        request(rs, row),
        StoredTexts.read(rs.getString("session_titles")),
        new Speaker(
            rs.getObject("participant_id", UUID.class),
            rs.getString("name"),
            rs.getString("organisation"),
            country,
            Regions.of(country),
            Coded.ofCode(Category.class, rs.getString("category")).orElseThrow(),
            livedExperience(rs),
            ZoneId.of(rs.getString("time_zone"))),
        place == null ? null : place.intValue());
  }

  private static LivedExperience livedExperience(ResultSet rs) throws SQLException {
    Boolean said = (Boolean) rs.getObject("lived_experience");
    return said == null
        ? LivedExperience.NOT_SAID
        : said ? LivedExperience.YES : LivedExperience.NO;
  }

  private static Integer seconds(Duration duration) {
    return duration == null ? null : (int) duration.toSeconds();
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
