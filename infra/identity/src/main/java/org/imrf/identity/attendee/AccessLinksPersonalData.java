package org.imrf.identity.attendee;

import java.util.List;
import java.util.UUID;
import org.imrf.backbone.personaldata.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * identity-service's part of a participant's export: the access links it can exchange for them. No
 * hash: it identifies a credential, tells the participant nothing, and registration's part shows
 * none either; the edition and the times say which link was which.
 */
@Component
class AccessLinksPersonalData implements PersonalDataContributor {

  private final AccessLinkStore store;

  AccessLinksPersonalData(AccessLinkStore store) {
    this.store = store;
  }

  @Override
  public String part() {
    return "accessLinks";
  }

  @Override
  public List<KeptLink> exportFor(UUID participantId) {
    return store.linksOf(participantId);
  }
}
