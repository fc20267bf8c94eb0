package org.imrf.notification.email;

import java.util.UUID;

/**
 * What an unsubscribe link stands for: one participant no longer wants one kind of message by
 * email.
 *
 * @param participantId whose link it is
 * @param kind the kind of message, e.g. {@code registration-confirmation}
 * @param language the language of the email it came in, for the pages it leads to
 */
public record Unsubscription(UUID participantId, String kind, String language) {}
