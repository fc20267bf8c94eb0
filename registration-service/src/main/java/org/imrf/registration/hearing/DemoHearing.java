package org.imrf.registration.hearing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.registration.edition.Editions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo edition IMRF 2022 ({@code imrf.demo-data.enabled}) the thematic sessions of its
 * hearing, on 16 May 2022 from 10:00 to 18:00 New York time, with a break outside official hours
 * (13:00 to 15:00). The forum's record says the hearing met in thematic sessions but not on which
 * themes: these follow the four round tables' objectives and are illustrative, marked as demo;
 * titles and themes in the six UN languages. Runs once the application is ready, so after the demo
 * edition is loaded.
 */
@Component
class DemoHearing {

  static final String EDITION = "imrf-2022";
  private static final Logger log = LoggerFactory.getLogger(DemoHearing.class);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** A session of the demo hearing: its texts and its start on 16 May 2022, New York time. */
  private record DemoSession(
      MultilingualText titles, MultilingualText themes, int hour, int minute) {}

  private static final List<DemoSession> SESSIONS =
      List.of(
          new DemoSession(
              text(
                  "Thematic session 1 (demo)",
                  "Séance thématique 1 (démonstration)",
                  "Sesión temática 1 (demostración)",
                  "Тематическое заседание 1 (демонстрация)",
                  "专题会议1（演示）",
                  "الجلسة المواضيعية 1 (للعرض التوضيحي)"),
              text(
                  "Objectives 2, 5, 6, 12 and 18: drivers of migration, regular pathways, decent work,"
                      + " screening and referral, skills (illustrative theme)",
                  "Objectifs 2, 5, 6, 12 et 18\u00a0: facteurs de migration, voies de migration"
                      + " régulière, travail décent, contrôle et orientation, compétences (thème"
                      + " indicatif)",
                  "Objetivos 2, 5, 6, 12 y 18: factores que impulsan la migración, vías de migración"
                      + " regular, trabajo decente, detección y derivación, competencias (tema"
                      + " ilustrativo)",
                  "Цели 2, 5, 6, 12 и 18: факторы миграции, пути легальной миграции, достойный труд,"
                      + " проверка и направление, навыки (примерная тема)",
                  "目标2、5、6、12和18：移民驱动因素、正常移民途径、体面工作、甄别和转介、技能（示例主题）",
                  "الأهداف 2 و5 و6 و12 و18: دوافع الهجرة، ومسارات الهجرة النظامية، والعمل اللائق،"
                      + " والفرز والإحالة، والمهارات (موضوع توضيحي)"),
              10,
              0),
          new DemoSession(
              text(
                  "Thematic session 2 (demo)",
                  "Séance thématique 2 (démonstration)",
                  "Sesión temática 2 (demostración)",
                  "Тематическое заседание 2 (демонстрация)",
                  "专题会议2（演示）",
                  "الجلسة المواضيعية 2 (للعرض التوضيحي)"),
              text(
                  "Objectives 4, 8, 9, 10, 11, 13 and 21: documents, saving lives, smuggling, trafficking,"
                      + " borders, alternatives to detention, return (illustrative theme)",
                  "Objectifs 4, 8, 9, 10, 11, 13 et 21\u00a0: documents d’identité, sauver des vies,"
                      + " trafic de migrants, traite des personnes, frontières, solutions de substitution"
                      + " à la détention, retour (thème indicatif)",
                  "Objetivos 4, 8, 9, 10, 11, 13 y 21: documentación, salvar vidas, tráfico ilícito de"
                      + " migrantes, trata de personas, fronteras, alternativas a la detención, retorno"
                      + " (tema ilustrativo)",
                  "Цели 4, 8, 9, 10, 11, 13 и 21: документы, спасение жизней, незаконный ввоз мигрантов,"
                      + " торговля людьми, границы, альтернативы задержанию, возвращение (примерная"
                      + " тема)",
                  "目标4、8、9、10、11、13和21：证件、拯救生命、偷运移民、贩运人口、边境、拘留替代办法、返回（示例主题）",
                  "الأهداف 4 و8 و9 و10 و11 و13 و21: الوثائق، وإنقاذ الأرواح، وتهريب المهاجرين، والاتجار"
                      + " بالأشخاص، والحدود، وبدائل الاحتجاز، والعودة (موضوع توضيحي)"),
              11,
              30),
          new DemoSession(
              text(
                  "Thematic session 3 (demo)",
                  "Séance thématique 3 (démonstration)",
                  "Sesión temática 3 (demostración)",
                  "Тематическое заседание 3 (демонстрация)",
                  "专题会议3（演示）",
                  "الجلسة المواضيعية 3 (للعرض التوضيحي)"),
              text(
                  "Objectives 14, 15, 16, 19, 20 and 22: consular protection, basic services, inclusion,"
                      + " diaspora contributions, remittances, social protection (illustrative theme)",
                  "Objectifs 14, 15, 16, 19, 20 et 22\u00a0: protection consulaire, services de base,"
                      + " inclusion, contributions des diasporas, envois de fonds, protection sociale"
                      + " (thème indicatif)",
                  "Objetivos 14, 15, 16, 19, 20 y 22: protección consular, servicios básicos, inclusión,"
                      + " contribuciones de las diásporas, remesas, protección social (tema ilustrativo)",
                  "Цели 14, 15, 16, 19, 20 и 22: консульская защита, базовые услуги, интеграция, вклад"
                      + " диаспор, денежные переводы, социальная защита (примерная тема)",
                  "目标14、15、16、19、20和22：领事保护、基本服务、包容、侨民贡献、汇款、社会保护（示例主题）",
                  "الأهداف 14 و15 و16 و19 و20 و22: الحماية القنصلية، والخدمات الأساسية، والإدماج،"
                      + " ومساهمات المغتربين، والتحويلات المالية، والحماية الاجتماعية (موضوع توضيحي)"),
              15,
              0),
          new DemoSession(
              text(
                  "Thematic session 4 (demo)",
                  "Séance thématique 4 (démonstration)",
                  "Sesión temática 4 (demostración)",
                  "Тематическое заседание 4 (демонстрация)",
                  "专题会议4（演示）",
                  "الجلسة المواضيعية 4 (للعرض التوضيحي)"),
              text(
                  "Objectives 1, 3, 7, 17 and 23: data, information, vulnerabilities, discrimination,"
                      + " international cooperation (illustrative theme)",
                  "Objectifs 1, 3, 7, 17 et 23\u00a0: données, information, vulnérabilités,"
                      + " discrimination, coopération internationale (thème indicatif)",
                  "Objetivos 1, 3, 7, 17 y 23: datos, información, vulnerabilidades, discriminación,"
                      + " cooperación internacional (tema ilustrativo)",
                  "Цели 1, 3, 7, 17 и 23: данные, информация, уязвимость, дискриминация, международное"
                      + " сотрудничество (примерная тема)",
                  "目标1、3、7、17和23：数据、信息、脆弱性、歧视、国际合作（示例主题）",
                  "الأهداف 1 و3 و7 و17 و23: البيانات، والمعلومات، وأوجه الضعف، والتمييز، والتعاون"
                      + " الدولي (موضوع توضيحي)"),
              16,
              30));

  private final Editions editions;
  private final HearingSessions sessions;
  private final HearingProgramme programme;

  private final boolean enabled;

  // read at run time, not as a bean condition: conditions are fixed when the jar is AOT-processed
  DemoHearing(
      Editions editions,
      HearingSessions sessions,
      HearingProgramme programme,
      @Value("${imrf.demo-data.enabled:false}") boolean enabled) {
    this.editions = editions;
    this.sessions = sessions;
    this.programme = programme;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void load() {
    if (!enabled) {
      return;
    }
    boolean demoEdition = editions.find(EDITION).map(edition -> edition.demo()).orElse(false);
    if (!demoEdition) {
      return;
    }
    List<HearingSession> loaded = sessions.ofEdition(EDITION);
    if (!loaded.isEmpty()) {
      translate(loaded);
      return;
    }
    SESSIONS.forEach(this::create);
    log.info("Loaded the hearing sessions of {} as demo data", EDITION);
  }

  private void create(DemoSession session) {
    Instant startsAt =
        LocalDateTime.of(2022, 5, 16, session.hour(), session.minute())
            .atZone(NEW_YORK)
            .toInstant();
    programme.create(
        EDITION,
        new HearingProgramme.Draft(
            session.titles(),
            session.themes(),
            startsAt,
            HearingSession.DEFAULT_SPEAKING_TIME,
            true),
        "demo-data");
  }

  /** Gives demo sessions loaded before titles were translated their translations. */
  private void translate(List<HearingSession> loaded) {
    for (HearingSession session : loaded) {
      if (!session.demo() || session.titles().languages().size() > 1) {
        continue;
      }
      SESSIONS.stream()
          .filter(demo -> demo.titles().english().equals(session.title()))
          .findFirst()
          .ifPresent(
              demo ->
                  programme.change(
                      EDITION,
                      session.id(),
                      new HearingProgramme.Change(
                          demo.titles().asMap(), demo.themes().asMap(), false, null, null),
                      OptionalInt.of(session.version()),
                      "demo-data"));
    }
  }

  /** A text in English, French, Spanish, Russian, Chinese and Arabic. */
  private static MultilingualText text(
      String en, String fr, String es, String ru, String zh, String ar) {
    return MultilingualText.of(Map.of("en", en, "fr", fr, "es", es, "ru", ru, "zh", zh, "ar", ar));
  }
}
