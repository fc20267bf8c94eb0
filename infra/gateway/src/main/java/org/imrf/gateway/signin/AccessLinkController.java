package org.imrf.gateway.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.imrf.edge.accesslinks.AccessLinkHash;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opens a participant's personal access link: exchanges it for their token and signs them in, in a
 * new session with a new CSRF token; the link then leaves the address bar.
 */
@RestController
class AccessLinkController {

  private final AttendeeTokens tokens;
  private final CsrfTokenRepository csrfTokens;
  private final PublicUrl publicUrl;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  AccessLinkController(AttendeeTokens tokens, CsrfTokenRepository csrfTokens, PublicUrl publicUrl) {
    this.tokens = tokens;
    this.csrfTokens = csrfTokens;
    this.publicUrl = publicUrl;
  }

  @GetMapping("/access/{link}")
  ResponseEntity<Void> open(
      @PathVariable String link, HttpServletRequest request, HttpServletResponse response) {
    var held = tokens.exchange(link);
    if (held.isEmpty()) {
      throw SignInProblems.linkDoesNotOpen();
    }
    var session = request.getSession();
    request.changeSessionId(); // a new session for a new identity
    tokens.keep(session, held.get());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        new AttendeeAuthentication(held.get().participantId(), AccessLinkHash.of(link)));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    // a new token for the new identity, handed out now: a client need not load a page to write
    csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header("Location", publicUrl.of("/"))
        .header("Referrer-Policy", "no-referrer")
        .build();
  }
}
