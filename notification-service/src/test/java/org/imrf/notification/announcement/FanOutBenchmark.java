package org.imrf.notification.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The fan-out of one announcement to 100,000 participants of an edition, in six languages, from the
 * organiser's send to every notification stored, every in-app delivery in its inbox and every email
 * taken by an SMTP server ({@link CountingSmtpSink}), against a baseline measured in the same run:
 * the same 100,000 rows inserted into the same table by plain JDBC batches of 5,000, each batch
 * committed. Not part of the suite (its name ends in Benchmark); run it alone:
 *
 * <pre>
 * ./mvnw -B -ntp verify -pl notification-service -am -Dtest=FanOutBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true
 * </pre>
 *
 * Figures go to {@code notification-service/target/fan-out-benchmark.txt}.
 */
@Tag("benchmark")
@ServiceTest
class FanOutBenchmark {

  static final int PARTICIPANTS = 100_000;
  static final int BATCH = 5_000;
  static final int RUNS = Integer.getInteger("fanout.runs", 5);

  @Autowired RestTestClient http;
  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate template;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MeterRegistry meters;
  @Autowired JavaMailSenderImpl relay;

  private CountingSmtpSink sink;

  /** Milliseconds from the organiser's send to each point. */
  record FanOut(long stored, long inApp, long emails) {}

  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES)
  void oneAnnouncementTo100000ParticipantsAgainstPlainBatchInserts() throws IOException {
    String host = relay.getHost();
    int port = relay.getPort();
    // the email channel sends to the sink (each sending thread connects anew: none is open yet)
    try (CountingSmtpSink counting = new CountingSmtpSink()) {
      sink = counting;
      relay.setHost("127.0.0.1");
      relay.setPort(counting.port());
      measure();
    } finally {
      relay.setHost(host);
      relay.setPort(port);
    }
  }

  private void measure() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(
        "run | fan-out (send to all stored) | rows/s | baseline (JDBC batches) | rows/s | ratio"
            + " | all in-app delivered | all emails handed to the mail server | emails/s");
    List<Double> ratios = new ArrayList<>();
    List<Long> fanOuts = new ArrayList<>();
    List<Long> baselines = new ArrayList<>();
    List<Long> inApps = new ArrayList<>();
    List<Long> emails = new ArrayList<>();
    List<Long> emailRates = new ArrayList<>();
    for (int run = 1; run <= RUNS; run++) {
      String edition = "imrf-" + (9000 + run * 10 + (int) (Math.random() * 10));
      List<UUID> participants = load(edition);
      UUID announcement = draft(edition);
      Map<String, String[]> texts = texts(announcement);
      FanOut timings;
      long baseline;
      // alternate which goes first, so that neither always meets the fuller table
      if (run % 2 == 1) {
        baseline = baseline(participants, texts);
        timings = fanOut(announcement);
      } else {
        timings = fanOut(announcement);
        baseline = baseline(participants, texts);
      }
      long fanOut = timings.stored();
      double ratio = (double) baseline / fanOut;
      fanOuts.add(fanOut);
      baselines.add(baseline);
      ratios.add(ratio);
      inApps.add(timings.inApp());
      emails.add(timings.emails());
      emailRates.add(PARTICIPANTS * 1000L / timings.emails());
      lines.add(
          "%d | %.2f s | %,d | %.2f s | %,d | %.2f | %.2f s | %.2f s | %,d"
              .formatted(
                  run,
                  fanOut / 1e3,
                  PARTICIPANTS * 1000L / fanOut,
                  baseline / 1e3,
                  PARTICIPANTS * 1000L / baseline,
                  ratio,
                  timings.inApp() / 1e3,
                  timings.emails() / 1e3,
                  PARTICIPANTS * 1000L / timings.emails()));
      System.out.println(lines.get(lines.size() - 1));
    }
    lines.add(
        "median | %.2f s | | %.2f s | | %.2f | %.2f s | %.2f s | %,.0f"
            .formatted(
                median(fanOuts) / 1e3,
                median(baselines) / 1e3,
                medianOf(ratios),
                median(inApps) / 1e3,
                median(emails) / 1e3,
                median(emailRates)));
    Files.write(Path.of("target/fan-out-benchmark.txt"), lines);
    lines.forEach(System.out::println);
    assertThat(fanOuts).hasSize(RUNS);
  }

  /** 100,000 participants of the edition, in the six languages in turn, by plain JDBC. */
  private List<UUID> load(String edition) {
    List<UUID> ids = new ArrayList<>(PARTICIPANTS);
    for (int i = 0; i < PARTICIPANTS; i++) {
      ids.add(UUID.randomUUID());
    }
    String titles = "{\"en\": \"International Migration Review Forum\"}";
    for (int from = 0; from < PARTICIPANTS; from += BATCH) {
      int offset = from;
      inOneTransaction(
          """
          insert into known_participant (id, name, email, organisation, country, category,
            language, edition_id, edition_titles, attendance, accreditation)
          values (?, ?, ?, 'Ministry', 'PH', 'member-state', ?, ?, cast(? as jsonb), 'online',
            'not-required')
          """,
          (row, i) -> {
            int n = offset + i;
            row.setObject(1, ids.get(n));
            row.setString(2, "Participant " + n);
            row.setString(3, "p" + n + "@example.org");
            row.setString(4, UnLanguages.CODES.get(n % 6));
            row.setString(5, edition);
            row.setString(6, titles);
          });
    }
    return ids;
  }

  private UUID draft(String edition) {
    Map<String, Object> draft = new LinkedHashMap<>();
    draft.put("editionId", edition);
    draft.put(
        "subject",
        Map.of(
            "en", "Visas and arrival in New York",
            "fr", "Visas et arrivée à New York",
            "es", "Visados y llegada a Nueva York"));
    String english =
        "Apply for your visa at least eight weeks before the forum. ".repeat(20).strip();
    draft.put(
        "body",
        Map.of(
            "en",
            english,
            "fr",
            "Demandez votre visa au moins huit semaines avant le forum. ".repeat(20).strip(),
            "es",
            "Solicite su visado al menos ocho semanas antes del foro. ".repeat(20).strip()));
    JsonNode created =
        http.post()
            .uri("/announcements")
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .body(draft)
            .exchange()
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();
    return UUID.fromString(created.get("id").asString());
  }

  /** What each language's readers get: subject and body. */
  private Map<String, String[]> texts(UUID announcement) {
    Map<String, String[]> texts = new LinkedHashMap<>();
    for (String language : UnLanguages.CODES) {
      JsonNode preview =
          http.get()
              .uri("/announcements/{id}/preview?language={l}", announcement, language)
              .header("Authorization", "Bearer " + TestTokens.organiser())
              .exchange()
              .expectStatus()
              .isOk()
              .returnResult(JsonNode.class)
              .getResponseBody();
      texts.put(
          language,
          new String[] {preview.get("subject").asString(), preview.get("body").asString()});
    }
    return texts;
  }

  /**
   * Milliseconds from the organiser's send to the last notification stored, to the last in-app
   * delivery sent (in its inbox), and to the last email the SMTP server took and its delivery
   * recorded as sent.
   */
  private FanOut fanOut(UUID announcement) {
    double inAppBefore = sent("in-app");
    double emailsBefore = sent("email");
    long takenBefore = sink.messages();
    long start = System.nanoTime();
    http.post()
        .uri("/announcements/{id}/send", announcement)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isAccepted();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
    long stored = 0;
    long inApp = 0;
    long emails = 0;
    while (stored == 0 || inApp == 0 || emails == 0) {
      assertThat(Instant.now()).as("fan-out within 30 minutes").isBefore(deadline);
      sleepBriefly();
      long now = (System.nanoTime() - start) / 1_000_000;
      if (stored == 0
          && "sent"
              .equals(
                  jdbc.sql("select state from announcement where id = :id")
                      .param("id", announcement)
                      .query(String.class)
                      .single())) {
        stored = now;
      }
      if (inApp == 0 && sent("in-app") - inAppBefore >= PARTICIPANTS) {
        inApp = now;
      }
      if (emails == 0
          && sink.messages() - takenBefore >= PARTICIPANTS
          && sent("email") - emailsBefore >= PARTICIPANTS) {
        emails = now;
      }
    }
    assertThat(
            jdbc.sql("select count(*) from notification where source_event_id = :id")
                .param("id", announcement)
                .query(Long.class)
                .single())
        .isEqualTo(PARTICIPANTS);
    assertThat(sent("in-app") - inAppBefore).isEqualTo(PARTICIPANTS);
    assertThat(sink.messages() - takenBefore).as("emails the server took").isEqualTo(PARTICIPANTS);
    return new FanOut(stored, inApp, emails);
  }

  /** Deliveries sent on the channel since the service started. */
  private double sent(String channel) {
    return meters.get("imrf.deliveries.sent").tag("channel", channel).counter().count();
  }

  /** Milliseconds to insert the same rows by plain JDBC batches, each batch committed. */
  private long baseline(List<UUID> participants, Map<String, String[]> texts) {
    UUID source = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    long start = System.nanoTime();
    for (int from = 0; from < PARTICIPANTS; from += BATCH) {
      int offset = from;
      inOneTransaction(
          """
          insert into notification (id, participant_id, source_event_id, kind, channel, recipient,
            language, subject, body, created_at)
          values (?, ?, ?, 'announcement-baseline', 'email', ?, ?, ?, ?, ?)
          """,
          (row, i) -> {
            int n = offset + i;
            String language = UnLanguages.CODES.get(n % 6);
            row.setObject(1, UUID.randomUUID());
            row.setObject(2, participants.get(n));
            row.setObject(3, source);
            row.setString(4, "p" + n + "@example.org");
            row.setString(5, language);
            row.setString(6, texts.get(language)[0]);
            row.setString(7, texts.get(language)[1]);
            row.setTimestamp(8, now);
          });
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** One batch of {@link #BATCH} rows, committed on its own. */
  private void inOneTransaction(String insert, Row row) {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status ->
                template.batchUpdate(
                    insert,
                    new BatchPreparedStatementSetter() {
                      @Override
                      public void setValues(PreparedStatement statement, int i)
                          throws SQLException {
                        row.set(statement, i);
                      }

                      @Override
                      public int getBatchSize() {
                        return BATCH;
                      }
                    }));
  }

  private interface Row {
    void set(PreparedStatement statement, int i) throws SQLException;
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double medianOf(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
