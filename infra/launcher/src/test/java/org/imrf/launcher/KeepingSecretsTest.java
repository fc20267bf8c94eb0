package org.imrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The keys services share are made on the first start and kept, so that what they sealed or signed
 * still holds after a restart; the first organiser's password is shown once and stored as a hash.
 */
class KeepingSecretsTest {

  @TempDir Path data;

  @Test
  void eachKeyIsMadeOnceKeptAcrossStartsAndReadableOnlyByItsOwner() throws IOException {
    Credentials first = new Credentials(data);
    String sealing = first.sealingKey();
    String badge = first.badgeKey();
    String gateway = first.gatewayKey();

    Credentials afterRestart = new Credentials(data);

    assertThat(afterRestart.sealingKey()).isEqualTo(sealing);
    assertThat(afterRestart.badgeKey()).isEqualTo(badge);
    assertThat(afterRestart.gatewayKey()).isEqualTo(gateway);
    assertThat(java.util.Set.of(sealing, badge, gateway)).as("three different keys").hasSize(3);
    assertThat(Base64.getDecoder().decode(sealing)).hasSize(32);
    Path file = data.resolve("secrets").resolve("sealing.key");
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void theFirstOrganisersPasswordIsGivenOnceAndOnlyItsHashIsKept() throws IOException {
    Credentials credentials = new Credentials(data);

    String password = credentials.firstOrganiserPassword().orElseThrow();

    assertThat(new Credentials(data).firstOrganiserPassword()).isEmpty();
    String stored = Files.readString(credentials.organiserHashFile());
    assertThat(stored).startsWith("{bcrypt}").doesNotContain(password);
    assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(password, stored))
        .isTrue();
  }

  @Test
  void anEphemeralSecretComesWithItsOwnHash() {
    String[] secretAndHash = Credentials.ephemeralSecret();

    assertThat(
            PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches(secretAndHash[0], secretAndHash[1]))
        .isTrue();
    assertThat(Credentials.ephemeralSecret()[0]).isNotEqualTo(secretAndHash[0]);
  }
}
