package org.imrf.notification.reminder;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * How long before a part of the programme its reminders are due ({@code imrf.reminder.offsets},
 * e.g. {@code 24h,1h}).
 */
@Component
class ReminderLeads {

  private final List<Duration> leads;

  ReminderLeads(@Value("${imrf.reminder.offsets}") String offsets) {
    this.leads =
        Arrays.stream(offsets.split(","))
            .map(String::trim)
            .filter(offset -> !offset.isEmpty())
            .map(DurationStyle::detectAndParse)
            .distinct()
            .toList();
    if (leads.stream().anyMatch(lead -> lead.isNegative() || lead.isZero())) {
      throw new IllegalArgumentException(
          "imrf.reminder.offsets must be lead times before an item, e.g. 24h,1h: " + offsets);
    }
  }

  List<Duration> all() {
    return leads;
  }
}
