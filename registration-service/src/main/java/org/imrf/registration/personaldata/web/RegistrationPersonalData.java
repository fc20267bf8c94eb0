package org.imrf.registration.personaldata.web;

import java.util.UUID;
import org.imrf.backbone.personaldata.PersonalDataContributor;
import org.imrf.registration.personaldata.PersonalDataRequests;
import org.springframework.stereotype.Component;

/**
 * registration-service's part of a participant's export: the same document as {@code GET
 * /participants/{id}/personal-data} (registration, accreditation, access links, hearing, badge).
 */
@Component
class RegistrationPersonalData implements PersonalDataContributor {

  private final PersonalDataRequests requests;

  RegistrationPersonalData(PersonalDataRequests requests) {
    this.requests = requests;
  }

  @Override
  public String part() {
    return "registration";
  }

  /**
   * @throws org.imrf.registration.participant.ParticipantNotFound if there is no such participant
   */
  @Override
  public PersonalDataController.PersonalDataResponse exportFor(UUID participantId) {
    return PersonalDataController.PersonalDataResponse.of(requests.export(participantId));
  }
}
