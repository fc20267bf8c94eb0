package org.imrf.notification.announcement;

import java.util.Map;

/**
 * Whom an announcement's filters reach now.
 *
 * @param recipients how many in all
 * @param byLanguage how many read each language (ISO 639-1), languages with none left out
 * @param untranslated how many of them get the English text, their language not being given
 */
public record AudienceCount(long recipients, Map<String, Long> byLanguage, long untranslated) {}
