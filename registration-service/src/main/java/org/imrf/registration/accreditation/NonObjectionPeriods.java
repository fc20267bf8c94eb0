package org.imrf.registration.accreditation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Approves, on a schedule, the applications nobody objected to within the period. */
@Component
class NonObjectionPeriods {

  private static final Logger log = LoggerFactory.getLogger(NonObjectionPeriods.class);
  private static final int BATCH = 100;

  private final Accreditations accreditations;

  NonObjectionPeriods(Accreditations accreditations) {
    this.accreditations = accreditations;
  }

  @Scheduled(
      fixedDelayString = "${imrf.accreditation.check-every:30s}",
      initialDelayString = "${imrf.accreditation.check-every:30s}")
  void approveUnopposed() {
    int approved;
    do {
      approved = accreditations.approveUnopposed(BATCH);
      if (approved > 0) {
        log.info("Approved {} applications whose non-objection period ended", approved);
      }
    } while (approved == BATCH);
  }
}
