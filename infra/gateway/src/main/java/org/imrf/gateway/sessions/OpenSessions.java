package org.imrf.gateway.sessions;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** This instance's live sessions, so that those of someone who lost their power can be ended. */
@Component
class OpenSessions implements HttpSessionListener {

  private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    sessions.add(event.getSession());
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    sessions.remove(event.getSession());
  }

  /** Ends every session signed in as someone {@code whose} matches; how many it ended. */
  int end(Predicate<Authentication> whose) {
    int ended = 0;
    for (HttpSession session : sessions) {
      try {
        if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context
            && context.getAuthentication() != null
            && whose.test(context.getAuthentication())) {
          session.invalidate();
          ended++;
        }
      } catch (IllegalStateException alreadyEnded) {
        sessions.remove(session);
      }
    }
    return ended;
  }

  int count() {
    return sessions.size();
  }
}
