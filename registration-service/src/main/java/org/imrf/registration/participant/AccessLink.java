package org.imrf.registration.participant;

import java.time.Instant;

/**
 * A personal access link, as just issued: the only moment its URL exists in clear, before it is
 * handed to the participant (in the registration's answer) or sealed for notification-service.
 *
 * @param url the link
 * @param expiresAt when it stops working
 */
public record AccessLink(String url, Instant expiresAt) {}
