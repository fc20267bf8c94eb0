/*
 * A registration burst against a running platform (./forum up): run it with
 *
 *   infra/benchmarks/registration-burst [registrations=20000] [concurrency=50]
 *
 * which puts the Kafka client on the class path (from the local Maven repository) and runs this file
 * with the JDK alone. Settings by environment: IMRF_REGISTRATION_URL (http://127.0.0.1:8081),
 * KAFKA_BOOTSTRAP_SERVERS (127.0.0.1:19092), IMRF_EDITION (imrf-2026), IMRF_BASELINE_READS (as many as
 * registrations; 0 skips the baseline, e.g. to measure the processes' CPU time of registrations alone).
 *
 * Each of `concurrency` clients POSTs registrations back to back (every one from its own address, as
 * the gateway forwards it: X-Forwarded-For signed with the gateway key, IMRF_GATEWAY_KEY or the one
 * ./forum up keeps in $IMRF_DATA_DIR/secrets/gateway.key; each a distinct person).
 * Meanwhile a read_committed consumer follows registration.participants from its end offsets at the
 * start and notes when each participant's participant-registered event arrives. Reports:
 *   - accepted registrations per second (201s over the burst's wall time) and any other answers;
 *   - POST latency p50/p90/p99/max;
 *   - outbox lag: from each 201 to its event being readable on Kafka (p50/p99), and from the last 201
 *     until every event is there;
 *   - missing (a 201 without an event) and duplicated (an event seen twice) registrations.
 * A warm-up of 1,000 registrations first (not counted) lets the JIT compile the path. Baseline, in the
 * same run and with the same clients: as many reads of the public edition (GET /editions/{id}), the
 * cheapest request through the same server, filters and database; the machines are noisy, so compare
 * the ratio.
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imrf.edge.forwarding.ForwardedRequest;
import org.imrf.edge.forwarding.GatewaySignature;

public class RegistrationBurst {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final String[] LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es"};
  private static final String[] NAMES = {
    "ليلى حداد", "王芳", "Amal Nasser", "Amélie Dubois", "Ольга Петрова", "José Martínez"
  };

  private static GatewaySignature gateway;

  public static void main(String[] args) throws Exception {
    String key = System.getenv("IMRF_GATEWAY_KEY");
    gateway = new GatewaySignature(key != null && !key.isBlank() ? key
        : Files.readString(Path.of(env("IMRF_DATA_DIR", ".forum"), "secrets", "gateway.key")),
        GatewaySignature.DEFAULT_VALIDITY, Clock.systemUTC());
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    String url = env("IMRF_REGISTRATION_URL", "http://127.0.0.1:8081") + "/participants";
    String kafka = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
    String edition = env("IMRF_EDITION", "imrf-2026");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();

    System.out.printf("warming up: 1000 registrations, concurrency %d%n", concurrency);
    burst(http, url, edition, 1000, concurrency, "warmup", new ConcurrentHashMap<>());

    int baselineReads = Integer.parseInt(env("IMRF_BASELINE_READS", String.valueOf(count)));
    System.out.printf("baseline: %d reads of the edition, concurrency %d%n", baselineReads,
        concurrency);
    long baselineStart = System.nanoTime();
    Result baseline = reads(http, url.replace("/participants", "/editions/" + edition),
        baselineReads, concurrency);
    double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;
    Collections.sort(baseline.latencies);

    // the consumer starts at the topic's end: everything it reads from now on is the burst's
    Map<String, Long> seen = new ConcurrentHashMap<>();
    AtomicInteger duplicates = new AtomicInteger();
    AtomicLong consumerReady = new AtomicLong();
    Thread follower =
        new Thread(() -> follow(kafka, seen, duplicates, consumerReady), "follower");
    follower.setDaemon(true);
    follower.start();
    while (consumerReady.get() == 0) {
      Thread.sleep(50);
    }

    System.out.printf("burst: %d registrations, concurrency %d, %s%n", count, concurrency, url);
    Map<String, Long> accepted = new ConcurrentHashMap<>();
    long start = System.nanoTime();
    Result result = burst(http, url, edition, count, concurrency, "burst", accepted);
    long end = System.nanoTime();
    double seconds = (end - start) / 1e9;

    // wait for every accepted registration's event, up to two minutes
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline && !seen.keySet().containsAll(accepted.keySet())) {
      Thread.sleep(5);
    }
    long allOnKafka = seen.values().stream().mapToLong(Long::longValue).max().orElse(end);
    List<Double> lags = new ArrayList<>();
    int missing = 0;
    for (Map.Entry<String, Long> entry : accepted.entrySet()) {
      Long at = seen.get(entry.getKey());
      if (at == null) {
        missing++;
      } else {
        lags.add((at - entry.getValue()) / 1e6);
      }
    }
    Collections.sort(lags);
    Collections.sort(result.latencies);

    System.out.println();
    System.out.printf("accepted       %d of %d in %.1f s: %.0f registrations/s%n",
        accepted.size(), count, seconds, accepted.size() / seconds);
    System.out.printf("other answers  %s%n", result.others.isEmpty() ? "none" : result.others);
    System.out.printf("POST latency   p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        pct(result.latencies, 50), pct(result.latencies, 90), pct(result.latencies, 99),
        result.latencies.get(result.latencies.size() - 1));
    System.out.printf("outbox lag     p50 %.1f ms, p99 %.1f ms (201 to event readable on Kafka)%n",
        pct(lags, 50), pct(lags, 99));
    System.out.printf("all on Kafka   %.2f s after the last 201 (%.1f s after the burst began)%n",
        (allOnKafka - end) / 1e9, (allOnKafka - start) / 1e9);
    System.out.printf("missing        %d%nduplicated     %d%n", missing, duplicates.get());
    if (baseline.latencies.isEmpty()) {
      System.exit(missing == 0 && duplicates.get() == 0 ? 0 : 1);
    }
    double readsPerSecond = baseline.latencies.size() / baselineSeconds;
    System.out.printf("baseline       %.0f reads/s, p50 %.1f ms, p99 %.1f ms (other answers %s)%n",
        readsPerSecond, pct(baseline.latencies, 50), pct(baseline.latencies, 99),
        baseline.others.isEmpty() ? "none" : baseline.others);
    System.out.printf("ratio          registrations/s / reads/s = %.2f; p50 %.1f×, p99 %.1f×%n",
        accepted.size() / seconds / readsPerSecond,
        pct(result.latencies, 50) / pct(baseline.latencies, 50),
        pct(result.latencies, 99) / pct(baseline.latencies, 99));
    System.exit(missing == 0 && duplicates.get() == 0 ? 0 : 1);
  }

  private record Result(List<Double> latencies, Map<Integer, Integer> others) {}

  private static Result burst(HttpClient http, String url, String edition, int count,
      int concurrency, String label, Map<String, Long> accepted) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>(count));
    Map<Integer, Integer> others = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    List<Future<?>> running = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < concurrency; c++) {
      running.add(clients.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          String body = String.format(
              "{\"edition\":\"%s\",\"name\":\"%s\",\"email\":\"%s.%s@example.org\","
                  + "\"preferredLanguage\":\"%s\",\"organisation\":\"Permanent Mission %d\","
                  + "\"country\":\"PT\",\"category\":\"member-state\",\"attendance\":\"online\"}",
              edition, NAMES[i % NAMES.length], label, UUID.randomUUID(),
              LANGUAGES[i % LANGUAGES.length], i % 193);
          // each registration from its own (private) address, as the gateway forwards it: the
          // per-address limit is for one client flooding, not for a crowd
          ForwardedRequest forwarded = new ForwardedRequest(
              "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255), "http",
              "127.0.0.1", 8080, "/api/registration");
          HttpRequest request = HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/json")
              .header("X-Forwarded-For", forwarded.clientAddress())
              .header("X-Forwarded-Proto", forwarded.proto())
              .header("X-Forwarded-Host", forwarded.host())
              .header("X-Forwarded-Port", Integer.toString(forwarded.port()))
              .header("X-Forwarded-Prefix", forwarded.prefix())
              .header(GatewaySignature.HEADER, gateway.sign(forwarded))
              .timeout(Duration.ofSeconds(30))
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            latencies.add((t1 - t0) / 1e6);
            if (answer.statusCode() == 201) {
              Matcher id = ID.matcher(answer.body());
              if (id.find()) {
                accepted.put(id.group(1), t1);
              }
            } else {
              others.merge(answer.statusCode(), 1, Integer::sum);
            }
          } catch (Exception e) {
            others.merge(-1, 1, Integer::sum);
          }
          int done = latencies.size();
          if (done % 2000 == 0) {
            System.out.printf("  %s: %d done, %.0f/s%n", label, done,
                done / ((System.nanoTime() - started) / 1e9));
          }
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    clients.shutdown();
    return new Result(new ArrayList<>(latencies), others);
  }

  private static Result reads(HttpClient http, String url, int count, int concurrency)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>(count));
    Map<Integer, Integer> others = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    List<Future<?>> running = new ArrayList<>();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .GET().build();
    for (int c = 0; c < concurrency; c++) {
      running.add(clients.submit(() -> {
        while (next.getAndIncrement() < count) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies.add((System.nanoTime() - t0) / 1e6);
            if (answer.statusCode() != 200) {
              others.merge(answer.statusCode(), 1, Integer::sum);
            }
          } catch (Exception e) {
            others.merge(-1, 1, Integer::sum);
          }
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    clients.shutdown();
    return new Result(new ArrayList<>(latencies), others);
  }

  private static void follow(String kafka, Map<String, Long> seen, AtomicInteger duplicates,
      AtomicLong ready) {
    Properties props = new Properties();
    props.put("bootstrap.servers", kafka);
    props.put("isolation.level", "read_committed");
    props.put("enable.auto.commit", "false");
    props.put("fetch.max.wait.ms", "20");
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor("registration.participants")
          .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);
      ready.set(System.nanoTime());
      while (true) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
          Header type = record.headers().lastHeader("ce_type");
          if (type == null || !new String(type.value(), StandardCharsets.UTF_8)
              .startsWith("imrf.participant.registered")) {
            continue;
          }
          long now = System.nanoTime();
          if (seen.putIfAbsent(record.key(), now) != null) {
            duplicates.incrementAndGet();
          }
        }
      }
    }
  }

  private static double pct(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
