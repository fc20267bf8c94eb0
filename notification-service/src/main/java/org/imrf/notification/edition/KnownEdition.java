package org.imrf.notification.edition;

import org.imrf.backbone.language.MultilingualText;

/**
 * An edition as this service knows it.
 *
 * @param id e.g. {@code imrf-2026}
 * @param titles its title in each UN language given
 * @param timeZone where its programme is set (an IANA zone); null if not seen yet
 */
public record KnownEdition(String id, MultilingualText titles, String timeZone) {}
