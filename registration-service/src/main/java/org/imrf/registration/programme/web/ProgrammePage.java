package org.imrf.registration.programme.web;

import java.util.List;
import java.util.Map;

/**
 * What the programme's page shows, in the reader's language, ready for the template.
 *
 * @param language the page's language (its {@code lang})
 * @param direction {@code rtl} for Arabic, else {@code ltr}
 * @param title the edition's title
 * @param dates its days, or that they are still to be announced
 * @param venue where it is held, as organisers wrote it; null if not known
 * @param zone the sentence saying whose time the times are
 * @param days the programme, day by day
 * @param sessions the thematic sessions of the hearing
 * @param demo whether the edition is demonstration data
 * @param languages the page in each UN language
 * @param texts the page's own words, by key
 * @param style the page's style sheet
 */
record ProgrammePage(
    String language,
    String direction,
    Text title,
    String dates,
    String venue,
    String zone,
    List<Day> days,
    List<Session> sessions,
    boolean demo,
    List<Language> languages,
    Map<String, String> texts,
    String style) {

  /**
   * An organiser's text as the reader gets it.
   *
   * @param text the text
   * @param language the language it is written in when that is not the page's (English, for want of
   *     a translation); null when it is the page's
   * @param direction its direction when it differs from the page's; else null
   */
  record Text(String text, String language, String direction) {}

  /**
   * One day of the programme.
   *
   * @param id for the heading's anchor
   * @param heading the day, with its weekday
   * @param caption what its table holds
   * @param rows its segments, in order
   */
  record Day(String id, String heading, String caption, List<Row> rows) {}

  /**
   * A segment of a day.
   *
   * @param startsAt ISO-8601, with the edition's offset (for {@code <time datetime>})
   * @param endsAt the same
   * @param times its clock times where the forum is held
   * @param title its title
   * @param kind what part of the forum it is
   */
  record Row(String startsAt, String endsAt, String times, Text title, String kind) {}

  /**
   * A thematic session of the hearing.
   *
   * @param startsAt ISO-8601, with the edition's offset
   * @param when its start where the forum is held
   * @param title its title
   * @param theme what it is about; null if not said
   */
  record Session(String startsAt, String when, Text title, Text theme) {}

  /**
   * The page in a language.
   *
   * @param code its code
   * @param name the language's own name for itself
   * @param current whether it is this page's
   */
  record Language(String code, String name, boolean current) {}
}
