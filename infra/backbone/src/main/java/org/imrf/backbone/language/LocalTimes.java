package org.imrf.backbone.language;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Dates, times and time zones as each UN language writes them, with CLDR's patterns through ICU:
 * Arabic separates with «،» and Russian abbreviates «г.», which hand-made patterns get wrong.
 * English is written as the UN writes it (British: 16 May 2022, 10:00). Digits are Latin in every
 * language, as in the UN's own documents online.
 */
public final class LocalTimes {

  private static final Map<String, Object> PROTOTYPES = new ConcurrentHashMap<>();

  private LocalTimes() {}

  /** The ICU locale a UN language is written with. */
  public static ULocale locale(String language) {
    return switch (language) {
      case "en" -> ULocale.UK;
      case "zh" -> ULocale.SIMPLIFIED_CHINESE;
      default -> new ULocale(language + "@numbers=latn");
    };
  }

  /** A day: 16 May 2022. */
  public static String date(LocalDate date, String language) {
    DateFormat format =
        format(
            "date", language, () -> DateFormat.getDateInstance(DateFormat.LONG, locale(language)));
    return format.format(utcDate(date));
  }

  /** A day with its weekday: Monday 16 May 2022. */
  public static String day(LocalDate date, String language) {
    DateFormat format =
        format(
            "day", language, () -> DateFormat.getDateInstance(DateFormat.FULL, locale(language)));
    return format.format(utcDate(date));
  }

  /** Days from one to another: 16–20 May 2022 (one day alone when they are the same). */
  public static String dates(LocalDate from, LocalDate to, String language) {
    DateIntervalFormat format =
        format(
            "dates",
            language,
            () -> {
              DateIntervalFormat interval =
                  DateIntervalFormat.getInstance("yMMMMd", locale(language));
              interval.setTimeZone(TimeZone.GMT_ZONE);
              return interval;
            });
    return format.format(new DateInterval(utcDate(from).getTime(), utcDate(to).getTime()));
  }

  /** A moment where it is seen: 16 May 2022, 10:00. */
  public static String dateTime(Instant at, ZoneId zone, String language) {
    DateFormat format =
        format(
            "dateTime",
            language,
            () ->
                DateFormat.getDateTimeInstance(
                    DateFormat.LONG, DateFormat.SHORT, locale(language)));
    format.setTimeZone(zone(zone));
    return format.format(Date.from(at));
  }

  /**
   * A span of time where it is seen, with its weekday: Friday 20 May 2022, 10:00–18:00; both days
   * when it ends on another.
   */
  public static String span(Instant from, Instant to, ZoneId zone, String language) {
    return interval("span", "yMMMMEEEEdjm", from, to, zone, language);
  }

  /** The clock times of a span: 10:00–18:00 (with the days when it ends on another). */
  public static String times(Instant from, Instant to, ZoneId zone, String language) {
    return interval("times", "jm", from, to, zone, language);
  }

  /** A clock time: 10:00. */
  public static String time(Instant at, ZoneId zone, String language) {
    DateFormat format =
        format("time", language, () -> DateFormat.getInstanceForSkeleton("jm", locale(language)));
    format.setTimeZone(zone(zone));
    return format.format(Date.from(at));
  }

  /** Where a time zone's clocks are: New York Time, توقيت نيويورك, 纽约时间, heure : New York. */
  public static String zoneName(ZoneId zone, String language) {
    SimpleDateFormat format =
        format("zone", language, () -> new SimpleDateFormat("VVVV", locale(language)));
    format.setTimeZone(zone(zone));
    String name = format.format(new Date());
    // CLDR's French «heure : …» has a breaking space before the colon, which French keeps
    // unbroken
    return "fr".equals(language) ? name.replace(" :", "\u00a0:") : name;
  }

  /**
   * The city a time zone is named after, as the language writes it (New York, نيويورك, 纽约); the
   * zone's name where it has none (UTC).
   */
  public static String city(ZoneId zone, String language) {
    String city = TimeZoneNames.getInstance(locale(language)).getExemplarLocationName(zone.getId());
    return city == null ? zoneName(zone, language) : city;
  }

  /** A country or territory's name, from its ISO 3166-1 alpha-2 code. */
  public static String country(String code, String language) {
    return new ULocale("und_" + code).getDisplayCountry(locale(language));
  }

  private static String interval(
      String kind, String skeleton, Instant from, Instant to, ZoneId zone, String language) {
    DateIntervalFormat format =
        format(kind, language, () -> DateIntervalFormat.getInstance(skeleton, locale(language)));
    format.setTimeZone(zone(zone));
    return format.format(new DateInterval(from.toEpochMilli(), to.toEpochMilli()));
  }

  /** A copy of the cached prototype: ICU's formats are costly to build and not thread-safe. */
  @SuppressWarnings("unchecked")
  private static <T> T format(String kind, String language, Supplier<T> build) {
    Object prototype = PROTOTYPES.computeIfAbsent(kind + "/" + language, key -> build.get());
    if (prototype instanceof DateFormat date) {
      return (T) date.clone();
    }
    return (T) ((DateIntervalFormat) prototype).clone();
  }

  private static Date utcDate(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static TimeZone zone(ZoneId zone) {
    return TimeZone.getTimeZone(zone.getId());
  }
}
