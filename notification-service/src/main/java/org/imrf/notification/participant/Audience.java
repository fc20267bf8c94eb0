package org.imrf.notification.participant;

import java.util.Set;

/**
 * Whom a message to an edition's participants reaches: everyone registered for it who has not
 * cancelled, narrowed by each set that is not empty (an empty set narrows nothing).
 *
 * @param editionId the edition
 * @param categories who they take part as ({@code member-state}, …)
 * @param languages the UN languages they read (ISO 639-1)
 * @param attendances in-person, online or waiting-list
 * @param countries ISO 3166-1 alpha-2 codes of their countries
 */
public record Audience(
    String editionId,
    Set<String> categories,
    Set<String> languages,
    Set<String> attendances,
    Set<String> countries) {

  public Audience {
    categories = Set.copyOf(categories);
    languages = Set.copyOf(languages);
    attendances = Set.copyOf(attendances);
    countries = Set.copyOf(countries);
  }
}
