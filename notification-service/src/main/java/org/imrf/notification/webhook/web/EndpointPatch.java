package org.imrf.notification.webhook.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.notification.webhook.EndpointChange;

/**
 * A change to an endpoint (a JSON merge patch: a field left out stays as it is; an empty
 * description removes it). Enabling a disabled endpoint clears its failures.
 */
@Schema(name = "WebhookEndpointChange")
record EndpointPatch(
    @WebhookUrl String url,
    @NotificationKinds List<String> kinds,
    @Size(max = 500)
        @Pattern(regexp = "[\\n\\r\\t\\P{Cntrl}]*", message = "must not contain control characters")
        String description,
    Boolean enabled) {

  /**
   * @throws InvalidFields if it changes nothing
   */
  EndpointChange toChange() {
    if (url == null && kinds == null && description == null && enabled == null) {
      throw new InvalidFields("body", "must change at least one field");
    }
    return new EndpointChange(url, kinds, description, enabled);
  }
}
