package org.imrf.registration.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class BadgeTokensTest {

  private static final String KEY =
      Base64.getEncoder()
          .encodeToString("unit-test-badge-key-of-32-bytes!".getBytes(StandardCharsets.US_ASCII));

  private final BadgeTokens tokens = new BadgeTokens(KEY);

  @Test
  void aTokenCarriesItsBadgeIdSigned() {
    String id = tokens.newBadgeId();

    String token = tokens.tokenFor(id);

    assertThat(token).startsWith("IMRF1." + id + ".").hasSize(6 + 22 + 1 + 43);
    assertThat(tokens.badgeIdOf(token)).isEqualTo(id);
    assertThat(tokens.newBadgeId()).isNotEqualTo(id);
  }

  @Test
  void anyOneCharacterChangedIsRefused() {
    String token = tokens.tokenFor(tokens.newBadgeId());
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    for (int position = 0; position < token.length(); position++) {
      if (token.charAt(position) == '.') {
        continue;
      }
      for (char other : alphabet.toCharArray()) {
        if (other == token.charAt(position)) {
          continue;
        }
        String changed = token.substring(0, position) + other + token.substring(position + 1);
        assertThatThrownBy(() -> tokens.badgeIdOf(changed))
            .as(changed)
            .isInstanceOf(UnreadableBadgeCode.class);
      }
    }
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    BadgeTokens elsewhere =
        new BadgeTokens(
            Base64.getEncoder()
                .encodeToString(
                    "another-forum-key-of-32-bytes-xx".getBytes(StandardCharsets.US_ASCII)));
    String id = tokens.newBadgeId();

    assertThatThrownBy(() -> tokens.badgeIdOf(elsewhere.tokenFor(id)))
        .isInstanceOf(UnreadableBadgeCode.class)
        .hasMessageContaining("signed with another key");
  }

  @Test
  void somethingElseIsNoBadgeCode() {
    for (String text : new String[] {"", "IMRF1.", "IMRF2.abc.def", "https://example.org"}) {
      assertThatThrownBy(() -> tokens.badgeIdOf(text))
          .isInstanceOf(UnreadableBadgeCode.class)
          .hasMessage("is not an IMRF badge code");
    }
  }

  @Test
  void theServiceDoesNotStartWithoutAUsableBadgeKey() {
    ApplicationContextRunner service =
        new ApplicationContextRunner().withUserConfiguration(BadgeConfiguration.class);

    service.run(
        context ->
            assertThat(context)
                .getFailure()
                .rootCause()
                .hasMessageContaining("IMRF_BADGE_KEY")
                .hasMessageContaining("is not set"));
    service
        .withPropertyValues(
            "imrf.badge.key="
                + Base64.getEncoder().encodeToString("too short".getBytes(StandardCharsets.UTF_8)))
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("at least 32 bytes"));
    service
        .withPropertyValues("imrf.badge.key=" + KEY)
        .run(context -> assertThat(context).hasSingleBean(BadgeTokens.class));
  }
}
