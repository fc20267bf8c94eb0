/*
 * What validating a bearer token costs a service per request, measured against a running platform
 * (./forum up):
 *
 *   java infra/benchmarks/TokenValidationCost.java <bearer token> [requests=4000] [service-url]
 *
 * Runs with the JDK alone. Calls the same public endpoint (GET /actuator/health/liveness) with and
 * without an Authorization header, alternating, one request at a time: a request that carries a
 * token has it decoded and its signature, issuer and times checked before it is answered, so the
 * difference of the medians is the validation's cost. The first 500 of each are warm-up.
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class TokenValidationCost {

  public static void main(String[] args) throws Exception {
    String token = args[0];
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
    String service = args.length > 2 ? args[2] : "http://127.0.0.1:8081";
    HttpClient http = HttpClient.newHttpClient();
    URI uri = URI.create(service + "/actuator/health/liveness");
    HttpRequest bare = HttpRequest.newBuilder(uri).build();
    HttpRequest bearer = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
    List<Double> without = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    int warmup = 500;
    for (int i = 0; i < warmup + requests; i++) {
      double a = time(http, bare);
      double b = time(http, bearer);
      if (i >= warmup) {
        without.add(a);
        with.add(b);
      }
    }
    Collections.sort(without);
    Collections.sort(with);
    double m0 = median(without);
    double m1 = median(with);
    System.out.printf("requests measured: %d of each (after %d warm-up)%n", requests, warmup);
    System.out.printf("without a token: median %.3f ms, p90 %.3f ms%n", m0, pct(without, 90));
    System.out.printf("with a valid token: median %.3f ms, p90 %.3f ms%n", m1, pct(with, 90));
    System.out.printf("validation cost: %.3f ms per request (ratio %.2f)%n", m1 - m0, m1 / m0);
  }

  private static double time(HttpClient http, HttpRequest request) throws Exception {
    long start = System.nanoTime();
    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
    double millis = (System.nanoTime() - start) / 1e6;
    if (response.statusCode() != 200) {
      throw new IllegalStateException("answered " + response.statusCode() + ": is the token valid?");
    }
    return millis;
  }

  private static double median(List<Double> sorted) {
    return pct(sorted, 50);
  }

  private static double pct(List<Double> sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
