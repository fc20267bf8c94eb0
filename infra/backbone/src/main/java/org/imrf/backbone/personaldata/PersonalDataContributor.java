package org.imrf.backbone.personaldata;

import java.util.UUID;

/**
 * A feature that holds personal data contributes its part of a participant's export by declaring
 * one bean of this type: the service then answers {@code GET /personal-data/{participantId}} with
 * every contributor's part, and the gateway's {@code GET /api/personal-data/{participantId}} puts
 * every service's answer into the one document the participant downloads.
 */
public interface PersonalDataContributor {

  /** The part's name in the export, unique across the platform, e.g. {@code notifications}. */
  String part();

  /**
   * Everything the feature holds about the participant, as values the API writes as JSON (records,
   * lists, maps); an empty list when it holds nothing. Throw a {@code DomainProblem.NotFound} only
   * if this service is the one that knows that there is no such participant.
   */
  Object exportFor(UUID participantId);
}
