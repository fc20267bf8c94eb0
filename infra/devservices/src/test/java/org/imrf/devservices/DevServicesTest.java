package org.imrf.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imrf.contracts.EventContracts;
import org.imrf.contracts.TopicSpec;
import org.imrf.devservices.kafka.KafkaTopics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServicesTest {

  @TempDir static Path data;
  static DevServices services;
  static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void start() {
    services = DevServices.start(Settings.forTests(data, System.getenv()), progress::add);
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  @Test
  void givenNoEndpointsThePlatformGetsARealDatabaseOnWhichEachServiceHasItsOwn() throws Exception {
    services.postgres().ensureDatabase("registration");
    services.postgres().ensureDatabase("registration");

    try (Connection connection =
            DriverManager.getConnection(
                services.postgres().jdbcUrl("registration"),
                services.postgres().username(),
                services.postgres().password());
        ResultSet version = connection.createStatement().executeQuery("show server_version")) {
      version.next();
      assertThat(version.getString(1)).startsWith("17.");
    }
  }

  @Test
  void theContractsTopicsAreCreatedOnceWithTheirPartitions() throws Exception {
    List<TopicSpec> topics = EventContracts.load().topics();

    int created = KafkaTopics.ensure(services.kafka().bootstrapServers(), topics, progress::add);
    int createdAgain =
        KafkaTopics.ensure(services.kafka().bootstrapServers(), topics, progress::add);

    assertThat(created).isEqualTo(topics.size());
    assertThat(createdAgain).isZero();
    try (Admin admin = admin()) {
      var described =
          admin.describeTopics(topics.stream().map(TopicSpec::name).toList()).allTopicNames().get();
      topics.forEach(t -> assertThat(described.get(t.name()).partitions()).hasSize(t.partitions()));
    }
  }

  @Test
  void aBrokerTakenAwayComesBackOnTheSameAddressWithItsData() throws Exception {
    KafkaTopics.ensure(
        services.kafka().bootstrapServers(),
        List.of(new TopicSpec("devservices.outage", 2, 1, Map.of())),
        progress::add);
    send("before");

    try (var outage = services.kafka().interrupt()) {
      assertThat(org.imrf.devservices.process.Ports.listening(port())).isFalse();
    }

    assertThat(org.imrf.devservices.process.Ports.listening(port())).isTrue();
    try (Admin admin = admin()) {
      assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS))
          .contains("devservices.outage");
    }
    send("after");
  }

  private int port() {
    String servers = services.kafka().bootstrapServers();
    return Integer.parseInt(servers.substring(servers.lastIndexOf(':') + 1));
  }

  private void send(String value) throws Exception {
    try (var producer =
        new KafkaProducer<String, String>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, services.kafka().bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      producer.send(new ProducerRecord<>("devservices.outage", value)).get(20, TimeUnit.SECONDS);
    }
  }

  private Admin admin() {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, services.kafka().bootstrapServers()));
  }
}
