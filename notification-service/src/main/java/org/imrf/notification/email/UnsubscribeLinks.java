package org.imrf.notification.email;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.backbone.sealing.Sealer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe links that need no sign-in: the token is the participant, the kind and the language,
 * sealed with the platform's key, so that nobody can make one for someone else or change one.
 */
@Component
public class UnsubscribeLinks {

  private static final String VERSION = "u1";
  private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  private final Sealer sealer;
  private final String url;

  UnsubscribeLinks(Sealer sealer, @Value("${imrf.email.unsubscribe-url}") String url) {
    this.sealer = sealer;
    this.url = url;
  }

  /** The public address that unsubscribes the recipient of this email from its kind. */
  public String link(UUID participantId, String kind, String language) {
    return url.replace(
        "{token}",
        sealer.seal(String.join("|", VERSION, participantId.toString(), language, kind)));
  }

  /** What a token stands for; empty if it was not made here, or was changed. */
  public Optional<Unsubscription> open(String token) {
    String[] fields;
    try {
      fields = sealer.open(token).split("\\|", -1);
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
    if (fields.length != 4
        || !VERSION.equals(fields[0])
        || !UnLanguages.CODES.contains(fields[2])
        || !KIND.matcher(fields[3]).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Unsubscription(UUID.fromString(fields[1]), fields[3], fields[2]));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
