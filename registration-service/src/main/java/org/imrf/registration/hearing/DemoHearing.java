package org.imrf.registration.hearing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.imrf.registration.edition.Editions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo edition IMRF 2022 ({@code imrf.demo-data.enabled}) the thematic sessions of its
 * hearing, on 16 May 2022 from 10:00 to 18:00 New York time, with a break outside official hours
 * (13:00 to 15:00). The forum's record says the hearing met in thematic sessions but not on which
 * themes: these follow the four round tables' objectives and are illustrative, marked as demo. Runs
 * once the application is ready, so after the demo edition is loaded.
 */
@Component
@ConditionalOnProperty(name = "imrf.demo-data.enabled", havingValue = "true")
class DemoHearing {

  static final String EDITION = "imrf-2022";
  private static final Logger log = LoggerFactory.getLogger(DemoHearing.class);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final Editions editions;
  private final HearingSessions sessions;
  private final HearingProgramme programme;

  DemoHearing(Editions editions, HearingSessions sessions, HearingProgramme programme) {
    this.editions = editions;
    this.sessions = sessions;
    this.programme = programme;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void load() {
    boolean demoEdition = editions.find(EDITION).map(edition -> edition.demo()).orElse(false);
    if (!demoEdition || !sessions.ofEdition(EDITION).isEmpty()) {
      return;
    }
    session(
        "Thematic session 1 (demo)",
        "Objectives 2, 5, 6, 12 and 18: drivers of migration, regular pathways, decent work,"
            + " screening and referral, skills (illustrative theme)",
        10,
        0);
    session(
        "Thematic session 2 (demo)",
        "Objectives 4, 8, 9, 10, 11, 13 and 21: documents, saving lives, smuggling, trafficking,"
            + " borders, alternatives to detention, return (illustrative theme)",
        11,
        30);
    session(
        "Thematic session 3 (demo)",
        "Objectives 14, 15, 16, 19, 20 and 22: consular protection, basic services, inclusion,"
            + " diaspora contributions, remittances, social protection (illustrative theme)",
        15,
        0);
    session(
        "Thematic session 4 (demo)",
        "Objectives 1, 3, 7, 17 and 23: data, information, vulnerabilities, discrimination,"
            + " international cooperation (illustrative theme)",
        16,
        30);
    log.info("Loaded the hearing sessions of {} as demo data", EDITION);
  }

  private void session(String title, String theme, int hour, int minute) {
    Instant startsAt = LocalDateTime.of(2022, 5, 16, hour, minute).atZone(NEW_YORK).toInstant();
    programme.create(
        EDITION,
        new HearingProgramme.Draft(
            title, theme, startsAt, HearingSession.DEFAULT_SPEAKING_TIME, true),
        "demo-data");
  }
}
