package org.imrf.notification.announcement;

/**
 * An announcement as a recipient reading a language gets it.
 *
 * @param language the recipient's language
 * @param translated whether the organisers gave it in that language; if not, the text is the
 *     English one, after a notice in the recipient's language that says so
 */
public record Preview(String language, String subject, String body, boolean translated) {}
