package org.imrf.notification.webhook.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.imrf.backbone.web.VisibleText;
import org.imrf.notification.webhook.NewEndpoint;

/** What an organiser sends to register an endpoint. The secret is made by the server. */
@Schema(name = "WebhookEndpointRegistration")
record EndpointRegistration(
    @Schema(
            description =
                "The organisation whose participants' notifications it receives, as registration"
                    + " names it (case, accents and punctuation aside)",
            example = "Migrant Rights Network")
        @NotNull(message = "must not be blank")
        @Size(max = 200)
        @VisibleText
        String organisation,
    @Schema(
            description = "Where notifications are posted: https, on a public address",
            example = "https://crm.example.org/imrf/webhooks")
        @NotBlank
        @WebhookUrl
        String url,
    @Schema(
            description = "The kinds of notification it receives, or [\"*\"] for every kind",
            example = "[\"registration-confirmation\", \"edition-rescheduled\"]")
        @NotNull
        @NotificationKinds
        List<String> kinds,
    @Schema(description = "What it is for", example = "The delegation's CRM")
        @Size(max = 500)
        @Pattern(regexp = "[\\n\\r\\t\\P{Cntrl}]*", message = "must not contain control characters")
        String description,
    @Schema(
            description =
                "Whom to tell when it is disabled after repeated failure; the caller's own address"
                    + " by default")
        @Size(max = 254)
        @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address")
        String contactEmail) {

  NewEndpoint toNewEndpoint() {
    return new NewEndpoint(organisation, url, kinds, description);
  }
}
