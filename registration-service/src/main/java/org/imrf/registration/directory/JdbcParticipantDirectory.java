package org.imrf.registration.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.imrf.registration.directory.ParticipantLists.Counts;
import org.imrf.registration.directory.ParticipantLists.Listed;
import org.imrf.registration.participant.Accreditation;
import org.imrf.registration.participant.Attendance;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.Regions;
import org.imrf.registration.participant.RegistrationStatus;
import org.imrf.registration.participant.UnLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcParticipantDirectory implements ParticipantDirectory {

  /**
   * A registration's status, as {@link
   * org.imrf.registration.participant.ParticipantSummary#status()} reads it.
   */
  private static final String STATUS =
      """
      (case when erased_at is not null then 'erased'
            when cancelled_at is not null then 'cancelled'
            when accreditation = 'refused' then 'refused'
            when accreditation in ('not-required', 'granted') then 'registered'
            else 'awaiting-accreditation' end)
      """;

  private static final String LIVE =
      "cancelled_at is null and erased_at is null and accreditation <> 'refused'";
  private static final String LISTED =
      LIVE + " and accreditation in ('not-required', 'granted') and public_listing";

  private final JdbcClient jdbc;

  JdbcParticipantDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public IdPage search(ParticipantQuery query) {
    Filter filter = filter(query);
    long total =
        filter
            .bind(jdbc.sql("select count(*) from participant where " + filter.where))
            .query(Long.class)
            .single();
    List<UUID> ids =
        filter
            .bind(
                jdbc.sql(
                    "select id from participant where "
                        + filter.where
                        + " order by "
                        + order(query)
                        + " limit :limit offset :offset"))
            .param("limit", query.size())
            .param("offset", (long) query.page() * query.size())
            .query(UUID.class)
            .list();
    return new IdPage(ids, total);
  }

  @Override
  public Counts counts(String editionId) {
    Map<String, Long> byStatus = zeros(List.of(RegistrationStatus.values()), s -> s.code());
    Map<String, Long> byCategory = zeros(List.of(Category.values()), Category::code);
    Map<String, Long> byLanguage = zeros(List.of(UnLanguage.values()), UnLanguage::code);
    Map<String, Long> byAttendance = zeros(List.of(Attendance.values()), Attendance::code);
    Map<String, Long> byAccreditation = zeros(List.of(Accreditation.values()), Accreditation::code);
    Map<String, Long> byRegion = new TreeMap<>();
    long[] totals = new long[2];
    jdbc.sql(
            "select "
                + STATUS
                + """
                 as status, category, preferred_language, attendance, accreditation, country,
                  count(*) as n
                from participant where edition_id = :edition
                group by 1, 2, 3, 4, 5, 6
                """)
        .param("edition", editionId)
        .query(
            rs -> {
              long n = rs.getLong("n");
              String status = rs.getString("status");
              totals[0] += n;
              byStatus.merge(status, n, Long::sum);
              if (status.equals("registered") || status.equals("awaiting-accreditation")) {
                totals[1] += n;
                byCategory.merge(rs.getString("category"), n, Long::sum);
                byLanguage.merge(rs.getString("preferred_language"), n, Long::sum);
                byAttendance.merge(rs.getString("attendance"), n, Long::sum);
                byAccreditation.merge(rs.getString("accreditation"), n, Long::sum);
                byRegion.merge(Regions.of(rs.getString("country")), n, Long::sum);
              }
            });
    return new Counts(
        totals[0],
        totals[1],
        byStatus,
        byCategory,
        byRegion,
        byLanguage,
        byAttendance,
        byAccreditation);
  }

  @Override
  public List<Listed> publicList(String editionId, int page, int size) {
    return jdbc.sql(
            "select name, organisation, country, category from participant"
                + " where edition_id = :edition and "
                + LISTED
                + " order by name, id limit :limit offset :offset")
        .param("edition", editionId)
        .param("limit", size)
        .param("offset", (long) page * size)
        .query(
            (rs, row) ->
                new Listed(
                    rs.getString("name"),
                    rs.getString("organisation"),
                    rs.getString("country"),
                    rs.getString("category")))
        .list();
  }

  @Override
  public long publicListSize(String editionId) {
    return jdbc.sql("select count(*) from participant where edition_id = :edition and " + LISTED)
        .param("edition", editionId)
        .query(Long.class)
        .single();
  }

  @Override
  public void eachListed(ParticipantQuery query, Consumer<Listed> each) {
    Filter filter = filter(query);
    filter
        .bind(
            jdbc.sql(
                "select name, organisation, country, category from participant where "
                    + filter.where
                    + " and "
                    + LISTED
                    + " order by "
                    + order(query)))
        .query(
            rs -> {
              each.accept(
                  new Listed(
                      rs.getString("name"),
                      rs.getString("organisation"),
                      rs.getString("country"),
                      rs.getString("category")));
            });
  }

  private static <T> Map<String, Long> zeros(Collection<T> values, Function<T, String> code) {
    Map<String, Long> zeros = new LinkedHashMap<>();
    values.forEach(value -> zeros.put(code.apply(value), 0L));
    return zeros;
  }

  /** A where clause from the query's filters, every value a bound parameter. */
  private record Filter(String where, Map<String, Object> params) {
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
      params.forEach(spec::param);
      return spec;
    }
  }

  private static Filter filter(ParticipantQuery query) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    conditions.add("edition_id = :edition");
    params.put("edition", query.editionId());
    in(conditions, params, "category", "categories", codes(query.categories(), Category::code));
    in(conditions, params, STATUS, "statuses", codes(query.statuses(), s -> s.code()));
    in(
        conditions,
        params,
        "accreditation",
        "accreditations",
        codes(query.accreditations(), Accreditation::code));
    in(conditions, params, "country", "countries", List.copyOf(query.countries()));
    in(
        conditions,
        params,
        "preferred_language",
        "languages",
        codes(query.languages(), UnLanguage::code));
    in(
        conditions,
        params,
        "attendance",
        "attendances",
        codes(query.attendances(), Attendance::code));
    if (query.text() != null && !query.text().isBlank()) {
      conditions.add(
          "(name ilike :text escape '\\' or email ilike :text escape '\\'"
              + " or organisation ilike :text escape '\\')");
      params.put("text", "%" + escapeLike(query.text().strip()) + "%");
    }
    return new Filter(String.join(" and ", conditions), params);
  }

  private static void in(
      List<String> conditions,
      Map<String, Object> params,
      String column,
      String name,
      List<String> values) {
    if (!values.isEmpty()) {
      conditions.add(column + " in (:" + name + ")");
      params.put(name, values);
    }
  }

  private static <T> List<String> codes(Collection<T> values, Function<T, String> code) {
    return values.stream().map(code).sorted().toList();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String order(ParticipantQuery query) {
    String column =
        switch (query.sort()) {
          case NAME -> "lower(name)";
          case ORGANISATION -> "lower(organisation)";
          case COUNTRY -> "country";
          case CATEGORY -> "category";
          case STATUS -> STATUS;
          case REGISTERED_AT -> "registered_at";
        };
    String direction = query.descending() ? " desc" : " asc";
    return column + direction + ", registered_at" + direction + ", id" + direction;
  }
}
