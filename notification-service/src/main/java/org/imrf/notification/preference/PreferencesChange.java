package org.imrf.notification.preference;

import java.util.List;
import java.util.Map;

/**
 * A whole preferences document as sent, not yet checked: what is left out takes its default.
 *
 * @param language a UN language, or null for the registration's
 * @param deliveryMode {@code immediate} or {@code daily-digest}; null: immediate
 * @param digestHour 0 to 23; null: 7
 * @param channels channel codes per kind of message or {@code *}; null: the defaults
 */
public record PreferencesChange(
    String language, String deliveryMode, Integer digestHour, Map<String, List<String>> channels) {}
