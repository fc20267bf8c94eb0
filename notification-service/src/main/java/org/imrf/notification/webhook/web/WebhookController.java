package org.imrf.notification.webhook.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.security.Caller;
import org.imrf.notification.webhook.Registrant;
import org.imrf.notification.webhook.WebhookNotFound;
import org.imrf.notification.webhook.WebhookRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(
    name = "Webhooks",
    description =
        "Organisations' own systems receive their participants' notifications, signed per the"
            + " Standard Webhooks specification: for organisers")
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/webhooks")
class WebhookController {

  private final WebhookRegistry registry;

  WebhookController(WebhookRegistry registry) {
    this.registry = registry;
  }

  @Operation(
      summary = "Register an organisation's endpoint",
      description =
          "Every notification for a participant of the organisation, of a kind listed, is posted"
              + " to the URL as JSON, with webhook-id, webhook-timestamp and webhook-signature"
              + " headers. The answer carries the signing secret: it is never shown again. The"
              + " URL must be https and its host public (not private, loopback, link-local or"
              + " otherwise internal), which is checked again before each send.")
  @ApiResponse(responseCode = "201", description = "Registered; the answer holds the secret")
  @ApiResponse(responseCode = "400", description = "Invalid fields, each listed under errors")
  @PostMapping
  ResponseEntity<EndpointResponse> register(@Valid @RequestBody EndpointRegistration request) {
    WebhookRegistry.Registered registered =
        registry.register(request.toNewEndpoint(), registrant(request.contactEmail()));
    return ResponseEntity.created(
            ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(registered.endpoint().id())
                .toUri())
        .body(EndpointResponse.of(registered.endpoint(), registered.secret()));
  }

  @Operation(summary = "Endpoints, of one organisation or of all, oldest first")
  @ApiResponse(responseCode = "200", description = "One page")
  @ApiResponse(responseCode = "400", description = "Invalid parameters, each listed under errors")
  @GetMapping
  EndpointPage list(
      @Parameter(description = "The organisation, as registration names it")
          @RequestParam(required = false)
          @Size(max = 200)
          String organisation,
      @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0)
          int page,
      @Parameter(description = "Page size, 1 to 100")
          @RequestParam(defaultValue = "20")
          @Min(1)
          @Max(100)
          int size) {
    WebhookRegistry.Page found = registry.list(organisation, page * size, size);
    return new EndpointPage(
        found.items().stream().map(EndpointResponse::of).toList(),
        page,
        size,
        found.total(),
        (found.total() + size - 1) / size);
  }

  @Operation(summary = "One endpoint: whether it is enabled, and why not")
  @ApiResponse(responseCode = "200", description = "Found")
  @ApiResponse(responseCode = "404", description = "No such endpoint")
  @GetMapping("/{id}")
  EndpointResponse endpoint(@PathVariable UUID id) {
    return registry.find(id).map(EndpointResponse::of).orElseThrow(() -> new WebhookNotFound(id));
  }

  @Operation(
      summary = "Change an endpoint's URL, kinds or description, or disable or enable it",
      description =
          "A JSON merge patch. Enabling a disabled endpoint clears its failures; notifications"
              + " written while it was disabled are not sent.")
  @ApiResponse(responseCode = "200", description = "Changed")
  @ApiResponse(responseCode = "400", description = "Invalid fields, each listed under errors")
  @ApiResponse(responseCode = "404", description = "No such endpoint")
  @PatchMapping(
      path = "/{id}",
      consumes = {"application/merge-patch+json", "application/json"})
  EndpointResponse change(@PathVariable UUID id, @Valid @RequestBody EndpointPatch request) {
    return EndpointResponse.of(registry.change(id, request.toChange(), Caller.current().actor()));
  }

  @Operation(summary = "Replace an endpoint's URL, kinds, description and whether it is enabled")
  @ApiResponse(responseCode = "200", description = "Replaced")
  @ApiResponse(responseCode = "400", description = "Invalid fields, each listed under errors")
  @ApiResponse(responseCode = "404", description = "No such endpoint")
  @PutMapping("/{id}")
  EndpointResponse replace(@PathVariable UUID id, @Valid @RequestBody EndpointReplacement request) {
    return EndpointResponse.of(registry.change(id, request.toChange(), Caller.current().actor()));
  }

  @Operation(
      summary = "Rotate an endpoint's signing secret",
      description =
          "A new secret, shown in this answer only. The previous one still signs beside it (two"
              + " signatures in webhook-signature) until previousSecretValidUntil, so that the"
              + " receiver can switch without losing a message.")
  @ApiResponse(responseCode = "200", description = "The new secret")
  @ApiResponse(responseCode = "404", description = "No such endpoint")
  @PostMapping("/{id}/secrets")
  SecretResponse rotate(@PathVariable UUID id) {
    WebhookRegistry.RotatedSecret rotated = registry.rotate(id);
    return new SecretResponse(rotated.secret(), rotated.previousValidUntil());
  }

  @Operation(
      summary = "Remove an endpoint",
      description = "Its secrets are deleted, and nothing more is sent to it.")
  @ApiResponse(responseCode = "204", description = "Removed")
  @ApiResponse(responseCode = "404", description = "No such endpoint")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> remove(@PathVariable UUID id) {
    registry.remove(id);
    return ResponseEntity.noContent().build();
  }

  /** The caller, and whom to tell when the endpoint is disabled: the address given, or theirs. */
  private static Registrant registrant(String contactEmail) {
    Caller caller = Caller.current();
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    Map<String, Object> claims =
        authentication instanceof JwtAuthenticationToken token
            ? token.getTokenAttributes()
            : Map.of();
    String name = text(claims.get("name"));
    String email = contactEmail != null ? contactEmail : text(claims.get("email"));
    if (email == null && caller.subject().contains("@")) {
      // staff accounts are often named by their address
      email = caller.subject();
    }
    return new Registrant(caller.actor(), name, email);
  }

  private static String text(Object claim) {
    return claim instanceof String text && !text.isBlank() ? text : null;
  }
}
