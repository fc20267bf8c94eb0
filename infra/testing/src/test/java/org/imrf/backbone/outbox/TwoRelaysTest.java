package org.imrf.backbone.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.flywaydb.core.Flyway;
import org.imrf.devservices.DevServices;
import org.imrf.testing.TestInfrastructure;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of a service relay one outbox: while one holds the relay lock the other publishes
 * nothing, and together they publish every event once, each aggregate's in order.
 */
class TwoRelaysTest {

  private static final String DATABASE = "outbox_relays";

  private final DevServices infrastructure = TestInfrastructure.get();
  private final List<AutoCloseable> opened = new ArrayList<>();
  private String topic;
  private JdbcClient writer;

  @BeforeEach
  void anEmptyOutboxAndATopicOfItsOwn() throws Exception {
    infrastructure.postgres().ensureDatabase(DATABASE);
    Flyway.configure()
        .dataSource(dataSource())
        .schemas("messaging")
        .createSchemas(true)
        .table("backbone_schema_history")
        .locations("classpath:db/backbone")
        .load()
        .migrate();
    writer = JdbcClient.create(dataSource());
    writer.sql("delete from messaging.outbox").update();
    topic = "testing.relays-" + UUID.randomUUID();
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafka().bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
    }
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : opened) {
      closeable.close();
    }
  }

  @Test
  void whileOneInstanceHoldsTheRelayLockTheOtherPublishesNothing() {
    // given events waiting, and one instance's relay in the middle of a batch (it holds the lock)
    write(20, 4);
    Instance holder = new Instance("holder");
    Instance other = new Instance("other");

    holder.transactions.executeWithoutResult(
        batch -> {
          assertThat(holder.store.tryRelayLock()).isTrue();

          // when the other instance's relay looks at the outbox
          int published = other.relay.drain();

          // then it leaves every event there
          assertThat(published).isZero();
          assertThat(waiting()).isEqualTo(20);
        });

    // and once the lock is free it publishes them all
    assertThat(other.relay.drain()).isEqualTo(20);
    assertThat(waiting()).isZero();
    try (TopicProbe probe = TopicProbe.of(topic)) {
      assertThat(probe.await(record -> true, 20, Duration.ofSeconds(30))).hasSize(20);
    }
  }

  @Test
  void twoRunningRelaysPublishEveryEventOnceAndEachAggregatesInOrder() {
    // given two instances relaying the same outbox while events keep being written
    Instance first = new Instance("first");
    Instance second = new Instance("second");
    first.relay.start();
    second.relay.start();
    int aggregates = 6;
    int rounds = 20;
    for (int round = 0; round < rounds; round++) {
      write(aggregates, aggregates, round);
      first.relay.wakeUp();
      second.relay.wakeUp();
    }

    // when the outbox is empty
    await().atMost(Duration.ofSeconds(60)).until(() -> waiting() == 0);

    // then the topic holds each event once, and each aggregate's in the order written
    try (TopicProbe probe = TopicProbe.of(topic)) {
      List<ConsumerRecord<String, byte[]>> records = probe.readToEnd(record -> true);
      assertThat(records).hasSize(aggregates * rounds);
      assertThat(records.stream().map(r -> TopicProbe.header(r, "ce_id")).distinct())
          .hasSize(aggregates * rounds);
      Map<String, List<Integer>> byAggregate =
          records.stream()
              .collect(
                  Collectors.groupingBy(
                      ConsumerRecord::key,
                      Collectors.mapping(TwoRelaysTest::sequence, Collectors.toList())));
      byAggregate.forEach(
          (aggregate, sequence) -> assertThat(sequence).as(aggregate).isSorted().hasSize(rounds));
    }
  }

  /** {@code count} events spread over {@code aggregates} aggregates, numbered from 0. */
  private void write(int count, int aggregates) {
    for (int i = 0; i < count; i++) {
      insert("aggregate-" + (i % aggregates), i / aggregates);
    }
  }

  /** One event per aggregate, numbered {@code sequence}. */
  private void write(int count, int aggregates, int sequence) {
    for (int i = 0; i < count; i++) {
      insert("aggregate-" + (i % aggregates), sequence);
    }
  }

  private void insert(String aggregate, int sequence) {
    new OutboxStore(writer)
        .insert(
            new OutboxMessage(
                0,
                UUID.randomUUID(),
                topic,
                aggregate,
                "imrf.test.counted.v1",
                "/imrf/testing",
                aggregate,
                Instant.now(),
                String.valueOf(sequence).getBytes(StandardCharsets.UTF_8),
                Instant.now()));
  }

  private static int sequence(ConsumerRecord<String, byte[]> record) {
    return Integer.parseInt(new String(record.value(), StandardCharsets.UTF_8));
  }

  private long waiting() {
    return writer.sql("select count(*) from messaging.outbox").query(Long.class).single();
  }

  private DataSource dataSource() {
    return new DriverManagerDataSource(
        infrastructure.postgres().jdbcUrl(DATABASE),
        infrastructure.postgres().username(),
        infrastructure.postgres().password());
  }

  /** One instance of a service: its own connections, producer and relay. */
  private final class Instance {
    final OutboxStore store;
    final TransactionTemplate transactions;
    final OutboxRelay relay;

    Instance(String name) {
      DataSource connections = dataSource();
      store = new OutboxStore(JdbcClient.create(connections));
      transactions = new TransactionTemplate(new DataSourceTransactionManager(connections));
      OutboxProducers producers =
          new OutboxProducers(
              Map.of(
                  ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  infrastructure.kafka().bootstrapServers(),
                  ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                  "relay-test-" + name + "-" + UUID.randomUUID(),
                  ProducerConfig.ACKS_CONFIG,
                  "all",
                  ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                  true),
              new SimpleMeterRegistry());
      OutboxProperties properties =
          new OutboxProperties(
              true,
              Duration.ofMillis(50),
              7,
              Duration.ofSeconds(10),
              Duration.ofSeconds(5),
              Map.of());
      relay =
          new OutboxRelay(
              store,
              producers,
              transactions,
              new OutboxMetrics(new SimpleMeterRegistry(), Clock.systemUTC()),
              properties,
              CircuitBreaker.ofDefaults("outbox-relay-" + name));
      // the relay stops before its producer closes
      opened.add(relay::stop);
      opened.add(producers);
    }
  }
}
