package org.imrf.registration.participant;

import java.time.ZoneId;

/**
 * A request to register, already checked for form.
 *
 * @param editionId the edition
 * @param name in any script
 * @param email the participant's address
 * @param organisation the organisation, delegation or entity they represent
 * @param country ISO 3166-1 alpha-2 code
 * @param category who they take part as
 * @param preferredLanguage one of the UN languages
 * @param attendance in person or online
 * @param whenInPersonFull what to do if the organisation's in-person places are taken
 * @param accessibility what they need to take part fully
 * @param livedExperience self-declared, if they wish
 * @param publicListing whether they agree to appear on the public participant list
 * @param timeZone where they follow the forum from; null for the edition's
 */
public record Registration(
    String editionId,
    String name,
    String email,
    String organisation,
    String country,
    Category category,
    UnLanguage preferredLanguage,
    Attendance attendance,
    WhenInPersonFull whenInPersonFull,
    AccessibilityNeeds accessibility,
    LivedExperience livedExperience,
    boolean publicListing,
    ZoneId timeZone) {}
