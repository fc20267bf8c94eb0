package org.imrf.gateway.signin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in: a page for people, {@code /me} for the pages' scripts. */
@RestController
class HomeController {

  @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
  String home(Authentication caller, CsrfToken csrf) {
    return Pages.home(describe(caller), csrf.getToken());
  }

  /** Also hands out the CSRF token's cookie, should a script have lost it. */
  @GetMapping(value = "/me", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> me(Authentication caller, CsrfToken csrf) {
    csrf.getToken();
    return describe(caller);
  }

  static Map<String, Object> describe(Authentication caller) {
    Map<String, Object> me = new LinkedHashMap<>();
    if (caller instanceof OAuth2AuthenticationToken staff) {
      me.put("kind", "staff");
      me.put("name", staff.getName());
      me.put(
          "displayName",
          String.valueOf(
              staff.getPrincipal().getAttributes().getOrDefault("name", staff.getName())));
      me.put("roles", SecurityConfiguration.roles(staff.getAuthorities()));
    } else if (caller instanceof AttendeeAuthentication attendee) {
      me.put("kind", "participant");
      me.put("participantId", attendee.participantId().toString());
      me.put("roles", List.of("attendee"));
    } else {
      me.put("kind", "anonymous");
      me.put("roles", List.of());
    }
    return me;
  }
}
