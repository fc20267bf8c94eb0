package org.imrf.gateway.signin;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.Map;

/** The gateway's few pages: plain, accessible HTML (WCAG 2.1 AA: language, landmarks, labels). */
final class Pages {

  private Pages() {}

  static String home(Map<String, Object> me, String csrf) {
    String body;
    if ("staff".equals(me.get("kind"))) {
      body =
          "<p>Signed in as <strong id=\"who\">"
              + htmlEscape(String.valueOf(me.get("displayName")))
              + "</strong> ("
              + htmlEscape(String.join(", ", roles(me)))
              + ").</p>"
              + signOut(csrf);
    } else if ("participant".equals(me.get("kind"))) {
      body =
          "<p id=\"who\">You are signed in with your personal access link.</p>"
              + "<p><a href=\"/api/registration/participants/"
              + htmlEscape(String.valueOf(me.get("participantId")))
              + "\">Your registration</a> · <a href=\"/api/notification/notifications?participant="
              + htmlEscape(String.valueOf(me.get("participantId")))
              + "\">Your notifications</a></p>"
              + signOut(csrf);
    } else {
      body =
          "<p id=\"who\">Not signed in.</p>"
              + "<p><a id=\"sign-in\" href=\"/oauth2/authorization/imrf\">Staff sign-in</a></p>"
              + "<p>Participants: open the personal access link you received when you"
              + " registered.</p>";
    }
    return page("International Migration Review Forum", body);
  }

  private static String signOut(String csrf) {
    return "<form method=\"post\" action=\"/logout\" id=\"sign-out\">"
        + "<input type=\"hidden\" name=\"_csrf\" value=\""
        + htmlEscape(csrf)
        + "\"><button type=\"submit\">Sign out</button></form>";
  }

  @SuppressWarnings("unchecked")
  private static List<String> roles(Map<String, Object> me) {
    return (List<String>) me.get("roles");
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + htmlEscape(title)
        + "</title></head><body><header><h1>International Migration Review Forum</h1></header>"
        + "<main>"
        + body
        + "</main></body></html>";
  }
}
