package org.imrf.notification.webhook.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.imrf.notification.webhook.EndpointChange;

/** An endpoint's settings, all of them (its organisation stays). */
@Schema(name = "WebhookEndpointReplacement")
record EndpointReplacement(
    @NotBlank @WebhookUrl String url,
    @NotNull @NotificationKinds List<String> kinds,
    @Size(max = 500)
        @Pattern(regexp = "[\\n\\r\\t\\P{Cntrl}]*", message = "must not contain control characters")
        String description,
    @NotNull Boolean enabled) {

  EndpointChange toChange() {
    return new EndpointChange(url, kinds, description == null ? "" : description, enabled);
  }
}
