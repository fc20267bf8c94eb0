package org.imrf.notification.announcement;

import java.util.List;
import java.util.Map;

/**
 * An announcement as an organiser writes it, not yet checked.
 *
 * @param editionId the edition whose participants it is for
 * @param subject its subject line by language code: English required
 * @param body its text by language code, in the same languages as the subject
 * @param categories who the recipients take part as; null or empty: any
 * @param languages the recipients' languages; null or empty: any
 * @param attendances how they attend (in-person, online, waiting-list); null or empty: any
 * @param regions the UN regional groups of their countries; null or empty: any
 */
public record AnnouncementDraft(
    String editionId,
    Map<String, String> subject,
    Map<String, String> body,
    List<String> categories,
    List<String> languages,
    List<String> attendances,
    List<String> regions) {}
