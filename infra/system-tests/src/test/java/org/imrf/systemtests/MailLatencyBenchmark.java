package org.imrf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.imrf.devservices.mail.EmbeddedMail;
import org.imrf.testing.TestInfrastructure;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Registration to email readable in the mail server, at a steady rate of registrations: the whole
 * path (registration's commit and outbox, Kafka, notification-service's consumer writing the
 * notification and its deliveries, the email worker, SMTP). Not part of the suite (its name does
 * not end in Test):
 *
 * <pre>
 * ./mvnw -B -ntp verify -pl infra/system-tests -am -Dtest=MailLatencyBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -Dimrf.rate=200 -Dimrf.count=2000
 * </pre>
 *
 * The baseline, measured in the same run, is the POST's own round trip.
 */
@Tag("benchmark")
class MailLatencyBenchmark {

  private static final int RATE = Integer.getInteger("imrf.rate", 200);
  private static final int COUNT = Integer.getInteger("imrf.count", 2000);
  private static final int WARM_UP = 200;

  @Test
  void registrationToEmailInTheMailServer() throws Exception {
    EmbeddedMail mail = TestInfrastructure.mail();
    try (RunningServices platform =
        RunningServices.start(
            Map.of(
                "registration-service",
                Map.of("IMRF_RATE_LIMITS_REGISTRATION_PER_ADDRESS_LIMIT", "1000000")),
            "registration-service",
            "notification-service")) {
      run(platform, mail, WARM_UP, "warm-up");
      run(platform, mail, COUNT, "measured");
    }
  }

  private static void run(RunningServices platform, EmbeddedMail mail, int count, String label)
      throws Exception {
    String runId = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Long> posted = new ConcurrentHashMap<>();
    Map<String, Long> arrived = new ConcurrentHashMap<>();
    List<Double> posts = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean watching = new AtomicBoolean(true);
    int seen = mail.received().size();
    Thread watcher =
        new Thread(
            () -> {
              int next = seen;
              while (watching.get()) {
                List<MimeMessage> messages = mail.received();
                long now = System.nanoTime();
                for (; next < messages.size(); next++) {
                  try {
                    arrived.putIfAbsent(messages.get(next).getAllRecipients()[0].toString(), now);
                  } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                  }
                }
                // each look copies the mail server's whole list: often enough to time, rarely
                // enough not to load it
                sleep(20);
              }
            });
    watcher.start();
    ExecutorService clients = Executors.newFixedThreadPool(16);
    long period = TimeUnit.SECONDS.toNanos(1) / RATE;
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = start + i * period;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      String email = "latency." + i + "." + runId + "@example.org";
      int n = i;
      clients.execute(
          () -> {
            long sent = System.nanoTime();
            posted.put(email, sent);
            Http.Response response =
                Http.post(
                    platform.url("registration-service") + "/participants",
                    """
                    {"edition": "imrf-2026", "name": "Latency %d", "email": "%s", "preferredLanguage": "%s",
                     "organisation": "Permanent Mission of Portugal", "country": "PT",
                     "category": "member-state", "attendance": "online"}
                    """
                        .formatted(n, email, "ar zh en fr ru es".split(" ")[n % 6]));
            posts.add((System.nanoTime() - sent) / 1e6);
            assertThat(response.status()).isEqualTo(201);
          });
    }
    clients.shutdown();
    clients.awaitTermination(5, TimeUnit.MINUTES);
    double offered = count / ((System.nanoTime() - start) / 1e9);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (arrived.keySet().stream().filter(posted::containsKey).count() < count
        && System.nanoTime() < deadline) {
      sleep(50);
    }
    watching.set(false);
    watcher.join();
    List<Double> delays = new ArrayList<>();
    posted.forEach(
        (email, sent) -> {
          Long at = arrived.get(email);
          if (at != null) {
            delays.add((at - sent) / 1e6);
          }
        });
    Collections.sort(delays);
    List<Double> postTimes = new ArrayList<>(posts);
    Collections.sort(postTimes);
    System.out.printf(
        "%s: %d registrations at %.0f/s offered; %d emails in the mail server; registration to"
            + " email: median %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms; POST median %.1f"
            + " ms, p99 %.1f ms%n",
        label,
        count,
        offered,
        delays.size(),
        percentile(delays, 50),
        percentile(delays, 90),
        percentile(delays, 99),
        delays.isEmpty() ? Double.NaN : delays.get(delays.size() - 1),
        percentile(postTimes, 50),
        percentile(postTimes, 99));
    stages(runId);
    assertThat(delays).hasSize(count);
  }

  /**
   * Where the time went, from each service's own timestamps: registered → notification written
   * (registration's outbox, Kafka, the consumer) → email delivery sent (the delivery queue, SMTP).
   */
  private static void stages(String runId) throws Exception {
    var postgres = TestInfrastructure.get().postgres();
    Map<String, Long> registered = new java.util.HashMap<>();
    try (var c =
            java.sql.DriverManager.getConnection(
                postgres.jdbcUrl("registration"), postgres.username(), postgres.password());
        var q =
            c.prepareStatement("select email, registered_at from participant where email like ?")) {
      q.setString(1, "%." + runId + "@example.org");
      try (var rs = q.executeQuery()) {
        while (rs.next()) {
          registered.put(rs.getString(1), rs.getTimestamp(2).getTime());
        }
      }
    }
    List<Double> written = new ArrayList<>();
    List<Double> queued = new ArrayList<>();
    List<Double> sent = new ArrayList<>();
    try (var c =
            java.sql.DriverManager.getConnection(
                postgres.jdbcUrl("notification"), postgres.username(), postgres.password());
        var q =
            c.prepareStatement(
                """
                select n.recipient, n.created_at, d.created_at, d.sent_at from notification n
                join delivery d on d.notification_id = n.id and d.channel = 'email'
                where n.recipient like ? and n.kind = 'registration-confirmation'
                """)) {
      q.setString(1, "%." + runId + "@example.org");
      try (var rs = q.executeQuery()) {
        while (rs.next()) {
          Long at = registered.get(rs.getString(1));
          if (at == null || rs.getTimestamp(4) == null) {
            continue;
          }
          written.add((double) (rs.getTimestamp(2).getTime() - at));
          queued.add((double) (rs.getTimestamp(3).getTime() - rs.getTimestamp(2).getTime()));
          sent.add((double) (rs.getTimestamp(4).getTime() - rs.getTimestamp(3).getTime()));
        }
      }
    }
    Collections.sort(written);
    Collections.sort(queued);
    Collections.sort(sent);
    System.out.printf(
        "  stages (p50 / p99): registered → notification written %.0f / %.0f ms; → delivery"
            + " queued %.0f / %.0f ms; → email sent %.0f / %.0f ms (%d rows)%n",
        percentile(written, 50),
        percentile(written, 99),
        percentile(queued, 50),
        percentile(queued, 99),
        percentile(sent, 50),
        percentile(sent, 99),
        sent.size());
  }

  private static double percentile(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
