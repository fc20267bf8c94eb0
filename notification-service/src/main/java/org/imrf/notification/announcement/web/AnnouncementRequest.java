package org.imrf.notification.announcement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.imrf.notification.announcement.AnnouncementDraft;

/** An announcement as an organiser writes it; every filter left out or empty picks everyone. */
@Schema(name = "AnnouncementRequest")
record AnnouncementRequest(
    @Schema(description = "The edition whose participants it is for", example = "imrf-2026")
        String editionId,
    @Schema(
            description =
                "Subject line by UN language code (ar, zh, en, fr, ru, es): English required, at"
                    + " most 200 characters each")
        Map<String, String> subject,
    @Schema(
            description =
                "Text by UN language code, in the same languages as the subject: at most 20,000"
                    + " characters each")
        Map<String, String> body,
    @Schema(description = "Who the recipients take part as, e.g. member-state, academia")
        List<String> categories,
    @Schema(description = "The recipients' languages (ISO 639-1)") List<String> languages,
    @Schema(description = "How they attend: in-person, online, waiting-list")
        List<String> attendances,
    @Schema(
            description =
                "UN regional groups of their countries: africa, asia-pacific, eastern-europe,"
                    + " latin-america-caribbean, western-europe-others")
        List<String> regions) {

  AnnouncementDraft draft() {
    return new AnnouncementDraft(
        editionId, subject, body, categories, languages, attendances, regions);
  }
}
