package org.imrf.gateway.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opens a participant's personal access link: exchanges it for their token and signs them in, in a
 * new session; the link then leaves the address bar.
 */
@RestController
class AccessLinkController {

  private final AttendeeTokens tokens;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  AccessLinkController(AttendeeTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/access/{link}")
  ResponseEntity<String> open(
      @PathVariable String link, HttpServletRequest request, HttpServletResponse response) {
    var held = tokens.exchange(link);
    if (held.isEmpty()) {
      return ResponseEntity.status(HttpStatus.GONE)
          .contentType(MediaType.TEXT_HTML)
          .header("Referrer-Policy", "no-referrer")
          .body(Pages.linkDoesNotOpen());
    }
    var session = request.getSession();
    request.changeSessionId(); // a new session for a new identity
    tokens.keep(session, held.get());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new AttendeeAuthentication(held.get().participantId()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header("Location", "/")
        .header("Referrer-Policy", "no-referrer")
        .build();
  }
}
