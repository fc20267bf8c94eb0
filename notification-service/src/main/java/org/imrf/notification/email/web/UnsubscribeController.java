package org.imrf.notification.email.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.notification.email.EmailTexts;
import org.imrf.notification.email.UnsubscribeLinks;
import org.imrf.notification.email.Unsubscription;
import org.imrf.notification.email.Unsubscriptions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * One-click unsubscribe (RFC 8058): a mail program POSTs {@code List-Unsubscribe=One-Click} to the
 * link in the email's {@code List-Unsubscribe} header; a person who opens the link gets a page in
 * the email's language whose button does the same. Opening the link changes nothing, so that mail
 * scanners that follow links do not unsubscribe anyone.
 */
@Tag(name = "Unsubscribe")
@RestController
class UnsubscribeController {

  /**
   * The page loads nothing, runs nothing, has no styles (the gateway's policy allows none inline),
   * and posts only back here.
   */
  private static final String POLICY =
      "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final UnsubscribeLinks links;
  private final Unsubscriptions unsubscriptions;
  private final EmailTexts texts;

  UnsubscribeController(UnsubscribeLinks links, Unsubscriptions unsubscriptions, EmailTexts texts) {
    this.links = links;
    this.unsubscriptions = unsubscriptions;
    this.texts = texts;
  }

  @Operation(
      summary = "The page an unsubscribe link opens: asks to confirm, in the email's language",
      description = "Changes nothing. 404 for a token that was not made here or was changed.")
  @GetMapping(value = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(
      @Parameter(description = "from the email") @PathVariable String token) {
    Unsubscription unsubscription = links.open(token).orElseThrow(UnknownUnsubscribeLink::new);
    String language = unsubscription.language();
    String body =
        "<p>"
            + escape(texts.text("page.question", language))
            + "</p>\n<p>"
            + escape(texts.text("page.note", language))
            + "</p>\n<form method=\"post\">\n"
            + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">\n"
            + "<button type=\"submit\">"
            + escape(texts.text("page.button", language))
            + "</button>\n</form>\n";
    return html(language, body);
  }

  @Operation(
      summary = "Unsubscribes from one kind of email, without signing in (RFC 8058 one-click)",
      description =
          "The body is the form field List-Unsubscribe=One-Click (URL-encoded or multipart). Turns email off for the kind of"
              + " message and the participant the token names; 404 for a token that was not made"
              + " here or was changed.")
  @PostMapping(value = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> unsubscribe(
      @Parameter(description = "from the email") @PathVariable String token,
      @RequestParam(name = "List-Unsubscribe", required = false) String oneClick) {
    Unsubscription unsubscription = links.open(token).orElseThrow(UnknownUnsubscribeLink::new);
    if (!"One-Click".equals(oneClick)) {
      throw new InvalidFields("List-Unsubscribe", "must be One-Click (RFC 8058)");
    }
    unsubscriptions.unsubscribe(unsubscription);
    return html(
        unsubscription.language(),
        "<p>" + escape(texts.text("page.done", unsubscription.language())) + "</p>\n");
  }

  private ResponseEntity<String> html(String language, String body) {
    String page =
        "<!DOCTYPE html>\n<html lang=\""
            + language
            + "\" dir=\""
            + UnLanguages.direction(language)
            + "\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<meta name=\"robots\" content=\"noindex\">\n<title>"
            + escape(texts.text("page.title", language))
            + "</title>\n</head>\n<body>\n<h1>"
            + escape(texts.text("page.title", language))
            + "</h1>\n"
            + body
            + "</body>\n</html>\n";
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Security-Policy", POLICY)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Referrer-Policy", "no-referrer")
        .body(page);
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
