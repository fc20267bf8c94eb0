package org.imrf.registration.participant;

import java.time.ZoneId;

/**
 * What a participant (or an organiser) asks to change; a null field stays as it is.
 *
 * @param name in any script
 * @param preferredLanguage the UN language to hear from the forum in
 * @param attendance in person or online
 * @param whenInPersonFull what to do if asking for in person and the places are taken
 * @param accessibility the participant's needs, replacing the earlier ones
 * @param livedExperience self-declared
 * @param publicListing consent to appear on the public participant list
 * @param timeZone where they follow the forum from
 */
public record DetailsChange(
    String name,
    UnLanguage preferredLanguage,
    Attendance attendance,
    WhenInPersonFull whenInPersonFull,
    AccessibilityNeeds accessibility,
    LivedExperience livedExperience,
    Boolean publicListing,
    ZoneId timeZone) {}
