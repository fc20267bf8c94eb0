package org.imrf.identity.signin.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.imrf.identity.signin.SignInThrottled;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The provider's own pages, for staff: sign in (the form posts to {@code /login}) and sign out
 * (posts to {@code /logout}), in the browser's UN language, English otherwise. Plain HTML without
 * scripts or inline styles, so that the strict Content-Security-Policy holds.
 */
@Hidden
@Controller
class SignInPages {

  private static final List<Locale> LANGUAGES =
      List.of("en", "fr", "es", "ru", "zh", "ar").stream().map(Locale::forLanguageTag).toList();

  private final MessageSource text;

  SignInPages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/sign-in");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setAlwaysUseMessageFormat(true);
    this.text = source;
  }

  @GetMapping("/login")
  ResponseEntity<String> signIn(HttpServletRequest request, CsrfToken csrf) {
    Locale language = language(request);
    String notice = "";
    if (request.getParameter("error") != null) {
      String message =
          lastFailure(request) instanceof SignInThrottled throttled
              ? text.getMessage(
                  "sign-in.throttled", new Object[] {throttled.retryAfterSeconds()}, language)
              : text.getMessage("sign-in.failed", null, language);
      notice =
          "<p class=\"error\" role=\"alert\" id=\"sign-in-error\">" + htmlEscape(message) + "</p>";
    } else if (request.getParameter("logout") != null) {
      notice =
          "<p class=\"notice\" role=\"status\" id=\"signed-out\">"
              + htmlEscape(text.getMessage("sign-in.signed-out", null, language))
              + "</p>";
    }
    String form =
        "<form method=\"post\" action=\""
            + htmlEscape(request.getContextPath())
            + "/login\">"
            + field(language, "username", "text", "username")
            + field(language, "password", "password", "current-password")
            + hidden(csrf)
            + "<button type=\"submit\">"
            + say("sign-in.submit", language)
            + "</button></form>";
    return page(request, language, "sign-in.title", notice + form);
  }

  @GetMapping("/logout")
  ResponseEntity<String> signOut(HttpServletRequest request, CsrfToken csrf) {
    Locale language = language(request);
    String form =
        "<p>"
            + say("sign-out.question", language)
            + "</p><form method=\"post\" action=\""
            + htmlEscape(request.getContextPath())
            + "/logout\">"
            + hidden(csrf)
            + "<button type=\"submit\">"
            + say("sign-out.submit", language)
            + "</button></form>";
    return page(request, language, "sign-out.title", form);
  }

  private ResponseEntity<String> page(
      HttpServletRequest request, Locale language, String titleKey, String body) {
    String title = say(titleKey, language);
    String html =
        "<!DOCTYPE html><html lang=\""
            + language.toLanguageTag()
            + "\" dir=\""
            + ("ar".equals(language.getLanguage()) ? "rtl" : "ltr")
            + "\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>"
            + title
            + " · "
            + say("forum", language)
            + "</title><link rel=\"stylesheet\" href=\""
            + htmlEscape(request.getContextPath())
            + "/sign-in.css\"></head><body><main><h1>"
            + say("forum", language)
            + "</h1><h2>"
            + title
            + "</h2>"
            + body
            + "</main></body></html>";
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .body(html);
  }

  private String field(Locale language, String name, String type, String autocomplete) {
    return "<p><label for=\""
        + name
        + "\">"
        + say("sign-in." + name, language)
        + "</label><input id=\""
        + name
        + "\" name=\""
        + name
        + "\" type=\""
        + type
        + "\" autocomplete=\""
        + autocomplete
        + "\" required></p>";
  }

  private static String hidden(CsrfToken csrf) {
    return "<input type=\"hidden\" name=\""
        + htmlEscape(csrf.getParameterName())
        + "\" value=\""
        + htmlEscape(csrf.getToken())
        + "\">";
  }

  private String say(String key, Locale language) {
    return htmlEscape(text.getMessage(key, null, language));
  }

  private static Object lastFailure(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
  }

  /** The first of the browser's languages that is a UN language; English otherwise. */
  static Locale language(HttpServletRequest request) {
    String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    if (accepted == null || accepted.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      Locale chosen = Locale.lookup(Locale.LanguageRange.parse(accepted), LANGUAGES);
      return chosen == null ? Locale.ENGLISH : chosen;
    } catch (IllegalArgumentException e) {
      return Locale.ENGLISH;
    }
  }
}
