package org.imrf.identity.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.identity.Topics;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@ServiceTest
class OrganiserBootstrapTest {

  @Autowired StaffDirectory directory;
  @Autowired StaffAccounts accounts;
  @Autowired PasswordEncoder passwords;

  @Test
  void theFirstOrganiserIsCreatedOnceFromTheHashTheLauncherLeft(@TempDir Path data)
      throws Exception {
    // given the launcher generated a password and kept only its hash
    Path hashFile = data.resolve("organiser.hash");
    Files.writeString(hashFile, passwords.encode("printed-once-password"));

    // when the provider starts, twice
    new OrganiserBootstrap(directory, hashFile.toString()).run(null);
    Files.writeString(hashFile, passwords.encode("another-password"));
    new OrganiserBootstrap(directory, hashFile.toString()).run(null);

    // then there is one organiser, with the first password, and no password in the database
    StaffAccount organiser = accounts.find("organiser").orElseThrow();
    assertThat(organiser.roles()).containsExactly("organiser");
    assertThat(organiser.createdBy()).isEqualTo("bootstrap");
    assertThat(passwords.matches("printed-once-password", organiser.passwordHash())).isTrue();
    assertThat(organiser.passwordHash()).doesNotContain("printed-once-password");

    // and its creation is published like any other account's
    try (TopicProbe probe = TopicProbe.of(Topics.STAFF)) {
      List<ConsumerRecord<String, byte[]>> created =
          probe.await(TopicProbe.keyed("organiser"), 1, Duration.ofSeconds(20));
      assertThat(created).hasSize(1);
      assertSatisfiesContract(created.get(0));
      assertThat(new String(created.get(0).value(), StandardCharsets.UTF_8))
          .contains("\"createdBy\":\"bootstrap\"", "\"roles\":[\"organiser\"]");
    }
  }
}
