package org.imrf.registration.hearing;

import java.time.ZoneId;
import java.util.UUID;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.LivedExperience;

/**
 * Who a request to speak comes from, as their registration says now.
 *
 * @param participantId the participant
 * @param name as they write it
 * @param organisation the organisation they represent
 * @param country ISO 3166-1 alpha-2
 * @param region its UN M49 region ({@link org.imrf.registration.participant.Regions})
 * @param category who they take part as
 * @param livedExperience self-declared lived experience of migration
 * @param timeZone where they follow the forum from
 */
public record Speaker(
    UUID participantId,
    String name,
    String organisation,
    String country,
    String region,
    Category category,
    LivedExperience livedExperience,
    ZoneId timeZone) {}
