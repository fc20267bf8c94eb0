package org.imrf.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Signatures as the Standard Webhooks specification defines them. */
class WebhookSignaturesTest {

  @Test
  void theSignatureOfTheSpecificationsReferenceLibrariesTestVectorIsReproduced() {
    // given the vector the Standard Webhooks libraries test their sign() with
    String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    // when its message is signed
    String signature =
        WebhookSignatures.sign(
            secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");

    // then the signature is the one they expect
    assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void aNewSecretIsWhsecAndTheBase64OfThirtyTwoRandomBytes() {
    String secret = WebhookSignatures.newSecret();
    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    assertThat(WebhookSignatures.newSecret()).isNotEqualTo(secret);
  }

  @Test
  void everyValidSecretSignsAndEachSignatureVerifiesUnderItsOwnSecret() throws Exception {
    String current = WebhookSignatures.newSecret();
    String previous = WebhookSignatures.newSecret();
    String body = "{\"type\":\"notification.access-link\",\"data\":{\"subject\":\"رابط\"}}";

    String header = WebhookSignatures.header(List.of(current, previous), "msg_1", 1700000000, body);

    String[] signatures = header.split(" ");
    assertThat(signatures)
        .containsExactly(
            "v1," + hmac(current, "msg_1.1700000000." + body),
            "v1," + hmac(previous, "msg_1.1700000000." + body));
  }

  /** The specification's formula, written independently of the code under test. */
  static String hmac(String secret, String signed) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }
}
