package org.imrf.notification.rescheduling;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a message points people for an edition's full programme: the human page, in the reader's
 * language ({@code imrf.programme-url}, a template with {@code {edition}} and {@code {language}};
 * by default the gateway's {@code /programme/{edition}?lang={language}}).
 */
@Component
public class ProgrammeLink {

  private final String template;

  ProgrammeLink(@Value("${imrf.programme-url}") String template) {
    this.template = template;
  }

  public String to(String edition, String language) {
    return template
        .replace("{edition}", URLEncoder.encode(edition, StandardCharsets.UTF_8))
        .replace("{language}", URLEncoder.encode(language, StandardCharsets.UTF_8));
  }
}
