package org.imrf.registration.edition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.imrf.backbone.language.MultilingualText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads IMRF 2022 as demonstration data ({@code imrf.demo-data.enabled}, which {@code ./forum up}
 * sets unless told not to): its dates and programme from the forum's record, times in New York,
 * titles in the six UN languages (the forum's official name in each: Forum d'examen des migrations
 * internationales, Foro de Examen de la Migración Internacional, Международный форум по обзору
 * миграции, 国际移民审查论坛, المنتدى الدولي لاستعراض الهجرة). Which round table met when is not confirmed:
 * the split below is illustrative. A demo edition loaded before titles were translated gets the
 * translations.
 */
@Component
class DemoEditions implements ApplicationRunner {

  static final String ID = "imrf-2022";
  private static final Logger log = LoggerFactory.getLogger(DemoEditions.class);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static final MultilingualText TITLE =
      text(
          "International Migration Review Forum 2022 (demo)",
          "Forum d’examen des migrations internationales de 2022 (démonstration)",
          "Foro de Examen de la Migración Internacional de 2022 (demostración)",
          "Международный форум по обзору миграции 2022 года (демонстрация)",
          "2022年国际移民审查论坛（演示）",
          "المنتدى الدولي لاستعراض الهجرة لعام 2022 (للعرض التوضيحي)");

  private static final List<Segment> PROGRAMME =
      List.of(
          segment(
              SegmentKind.HEARING,
              text(
                  "Informal interactive multi-stakeholder hearing",
                  "Audition multipartite informelle et interactive",
                  "Audiencia interactiva oficiosa de múltiples interesados",
                  "Неофициальные интерактивные слушания с участием многих заинтересованных сторон",
                  "多利益攸关方非正式互动听证会",
                  "جلسة الاستماع التفاعلية غير الرسمية المتعددة أصحاب المصلحة"),
              16,
              10,
              18),
          segment(
              SegmentKind.ROUND_TABLE,
              text(
                  "Round table 1: objectives 2, 5, 6, 12, 18",
                  "Table ronde 1\u00a0: objectifs 2, 5, 6, 12 et 18",
                  "Mesa redonda 1: objetivos 2, 5, 6, 12 y 18",
                  "Круглый стол 1: цели 2, 5, 6, 12 и 18",
                  "圆桌会议1：目标2、5、6、12和18",
                  "المائدة المستديرة 1: الأهداف 2 و5 و6 و12 و18"),
              17,
              10,
              13),
          segment(
              SegmentKind.ROUND_TABLE,
              text(
                  "Round table 2: objectives 4, 8, 9, 10, 11, 13, 21",
                  "Table ronde 2\u00a0: objectifs 4, 8, 9, 10, 11, 13 et 21",
                  "Mesa redonda 2: objetivos 4, 8, 9, 10, 11, 13 y 21",
                  "Круглый стол 2: цели 4, 8, 9, 10, 11, 13 и 21",
                  "圆桌会议2：目标4、8、9、10、11、13和21",
                  "المائدة المستديرة 2: الأهداف 4 و8 و9 و10 و11 و13 و21"),
              17,
              15,
              18),
          segment(
              SegmentKind.ROUND_TABLE,
              text(
                  "Round table 3: objectives 14, 15, 16, 19, 20, 22",
                  "Table ronde 3\u00a0: objectifs 14, 15, 16, 19, 20 et 22",
                  "Mesa redonda 3: objetivos 14, 15, 16, 19, 20 y 22",
                  "Круглый стол 3: цели 14, 15, 16, 19, 20 и 22",
                  "圆桌会议3：目标14、15、16、19、20和22",
                  "المائدة المستديرة 3: الأهداف 14 و15 و16 و19 و20 و22"),
              18,
              10,
              13),
          segment(
              SegmentKind.ROUND_TABLE,
              text(
                  "Round table 4: objectives 1, 3, 7, 17, 23",
                  "Table ronde 4\u00a0: objectifs 1, 3, 7, 17 et 23",
                  "Mesa redonda 4: objetivos 1, 3, 7, 17 y 23",
                  "Круглый стол 4: цели 1, 3, 7, 17 и 23",
                  "圆桌会议4：目标1、3、7、17和23",
                  "المائدة المستديرة 4: الأهداف 1 و3 و7 و17 و23"),
              18,
              10,
              13),
          segment(
              SegmentKind.POLICY_DEBATE,
              text(
                  "Policy debate",
                  "Débat de politique générale",
                  "Debate sobre políticas",
                  "Обсуждение вопросов политики",
                  "政策辩论",
                  "مناقشة السياسات العامة"),
              18,
              15,
              18),
          segment(
              SegmentKind.PLENARY,
              text(
                  "Plenary",
                  "Séance plénière",
                  "Sesión plenaria",
                  "Пленарное заседание",
                  "全体会议",
                  "الجلسة العامة"),
              19,
              10,
              18),
          segment(
              SegmentKind.PLENARY,
              text(
                  "Plenary: adoption of the Progress Declaration",
                  "Séance plénière\u00a0: adoption de la Déclaration sur les progrès",
                  "Sesión plenaria: aprobación de la Declaración sobre los Progresos",
                  "Пленарное заседание: принятие Декларации о прогрессе",
                  "全体会议：通过《进展宣言》",
                  "الجلسة العامة: اعتماد إعلان التقدم المحرز"),
              20,
              10,
              18));

  private final EditionSchedules schedules;
  private final boolean enabled;

  // read at run time, not as a bean condition: conditions are fixed when the jar is AOT-processed
  DemoEditions(
      EditionSchedules schedules, @Value("${imrf.demo-data.enabled:false}") boolean enabled) {
    this.schedules = schedules;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    if (!enabled) {
      return;
    }
    Optional<Edition> loaded = schedules.find(ID);
    if (loaded.isPresent()) {
      translate(loaded.get());
      return;
    }
    schedules.create(
        new EditionSchedules.Draft(
            ID,
            TITLE,
            new Schedule(
                Optional.of(LocalDate.of(2022, 5, 16)),
                Optional.of(LocalDate.of(2022, 5, 20)),
                PROGRAMME),
            Optional.of("United Nations Headquarters, New York"),
            NEW_YORK,
            Optional.of(LocalDateTime.of(2022, 2, 1, 0, 0).atZone(NEW_YORK).toInstant()),
            Optional.of(LocalDateTime.of(2022, 5, 6, 23, 59).atZone(NEW_YORK).toInstant()),
            true),
        "demo-data");
    log.info("Loaded {} as demo data", ID);
  }

  /**
   * Gives a demo edition whose titles are still in English only (as titles were before they were
   * translated) the translations of its title and of each segment whose English title it knows.
   */
  private void translate(Edition edition) {
    if (!edition.demo()
        || edition.titles().languages().size() > 1
        || !edition.title().equals(TITLE.english())) {
      return;
    }
    Map<String, MultilingualText> known = new LinkedHashMap<>();
    PROGRAMME.forEach(segment -> known.put(segment.titles().english(), segment.titles()));
    List<Segment> programme =
        edition.programme().stream()
            .map(
                segment ->
                    new Segment(
                        segment.kind(),
                        known.getOrDefault(segment.titles().english(), segment.titles()),
                        segment.startsAt(),
                        segment.endsAt()))
            .toList();
    schedules.change(
        ID,
        new EditionSchedules.Draft(
            ID,
            TITLE,
            new Schedule(edition.startsOn(), edition.endsOn(), programme),
            edition.venue(),
            edition.timeZone(),
            edition.registrationOpensAt(),
            edition.registrationClosesAt(),
            true),
        OptionalInt.of(edition.version()),
        "demo-data");
    log.info("Translated the titles of the demo edition {}", ID);
  }

  /** A text in English, French, Spanish, Russian, Chinese and Arabic. */
  static MultilingualText text(String en, String fr, String es, String ru, String zh, String ar) {
    return MultilingualText.of(Map.of("en", en, "fr", fr, "es", es, "ru", ru, "zh", zh, "ar", ar));
  }

  private static Segment segment(
      SegmentKind kind, MultilingualText titles, int day, int from, int to) {
    return new Segment(
        kind,
        titles,
        LocalDateTime.of(2022, 5, day, from, 0).atZone(NEW_YORK).toInstant(),
        LocalDateTime.of(2022, 5, day, to, 0).atZone(NEW_YORK).toInstant());
  }
}
