/*
 * Registration-to-notification delay, measured against a running platform (./forum up):
 *
 *   IMRF_TOKEN=<an organiser's or script's bearer token> \
 *   java infra/benchmarks/FlowLatency.java [registrations=200] [registration-url] [notification-url]
 *
 * (the script client's token: curl -s -u forum-scripts:<secret> -d grant_type=client_credentials
 * http://127.0.0.1:9000/oauth2/token). Reading notifications needs it; registering does not.
 *
 * Runs with the JDK alone (no build). For each registration: POST it, then poll notification-service
 * every 2 ms until the confirmation is readable. Reports the median and tail of that delay, and, as a
 * baseline measured in the same run, the round trip of the POST alone (the machines are noisy: compare
 * the ratio, not absolute times). The first 20 registrations warm up the JVMs and are not counted.
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class FlowLatency {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    String registration = args.length > 1 ? args[1] : "http://127.0.0.1:8081";
    String notification = args.length > 2 ? args[2] : "http://127.0.0.1:8084";
    int warmup = 20;
    String token = System.getenv("IMRF_TOKEN");
    List<Double> delays = new ArrayList<>();
    List<Double> posts = new ArrayList<>();
    String[] languages = {"ar", "zh", "en", "fr", "ru", "es"};
    for (int i = 0; i < warmup + count; i++) {
      String body =
          String.format(
              "{\"edition\":\"imrf-2026\",\"name\":\"Bench %d\",\"email\":\"bench.%s@example.org\","
                  + "\"preferredLanguage\":\"%s\",\"organisation\":\"Permanent Mission of Portugal\","
                  + "\"country\":\"PT\",\"category\":\"member-state\",\"attendance\":\"online\"}",
              i, UUID.randomUUID(), languages[i % languages.length]);
      long start = System.nanoTime();
      HttpResponse<String> created =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(registration + "/participants"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      long posted = System.nanoTime();
      if (created.statusCode() != 201) {
        throw new IllegalStateException("registration answered " + created.statusCode() + ": " + created.body());
      }
      Matcher id = ID.matcher(created.body());
      id.find();
      URI notifications = URI.create(notification + "/notifications?participant=" + id.group(1));
      long deadline = start + Duration.ofSeconds(30).toNanos();
      while (true) {
        HttpRequest.Builder poll = HttpRequest.newBuilder(notifications);
        if (token != null) {
          poll.header("Authorization", "Bearer " + token);
        }
        String page = HTTP.send(poll.build(), HttpResponse.BodyHandlers.ofString()).body();
        if (page.contains("\"totalItems\":1")) {
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("no confirmation after 30 s for " + id.group(1));
        }
        Thread.sleep(2);
      }
      long confirmed = System.nanoTime();
      if (i >= warmup) {
        delays.add((confirmed - start) / 1e6);
        posts.add((posted - start) / 1e6);
      }
    }
    Collections.sort(delays);
    Collections.sort(posts);
    System.out.printf("registrations measured: %d (after %d warm-up)%n", count, warmup);
    System.out.printf(
        "registration -> readable confirmation: median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        pct(delays, 50), pct(delays, 90), pct(delays, 99), delays.get(delays.size() - 1));
    System.out.printf(
        "baseline, POST /participants round trip: median %.1f ms, p90 %.1f ms%n", pct(posts, 50), pct(posts, 90));
    System.out.printf("ratio of medians (delay / POST): %.1f%n", pct(delays, 50) / pct(posts, 50));
  }

  private static double pct(List<Double> sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
