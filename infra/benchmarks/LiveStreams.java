/*
 * Open server-sent event streams through the gateway, and what they cost it: the gateway process's
 * threads, resident memory and live heap with none open and with N open (opened a hundred at a
 * time), and again once the request threads that opened them have retired; an ordinary request's
 * round trip meanwhile; how long one event takes to reach every stream, against the same streams
 * straight from the service (the baseline, in the same run); how fast the gateway closes its
 * connections to the service once the browsers go. LIVE_STREAMS_HISTOGRAM=1 also prints where the
 * streams' heap goes, by class.
 *
 * This program plays both ends: the service behind the gateway (an event-stream endpoint on a plain
 * server socket, on the service port) and the browsers (the JDK's HTTP client). Start a gateway that
 * routes /api/registration/** to the service port and lets one address open them all, then run it
 * with the gateway's process id:
 *
 *   ./mvnw -B -q -ntp -pl infra/gateway -am -DskipTests package
 *   PORT=28480 IMRF_REGISTRATION_URL=http://127.0.0.1:28481 IMRF_STREAMS_PER_ADDRESS=5000 \
 *     java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -Xmx384m -jar infra/gateway/target/gateway.jar &
 *   java infra/benchmarks/LiveStreams.java $! [streams=1000] [gateway=http://127.0.0.1:28480] [service port=28481]
 *
 * Runs with the JDK alone (no build); reads /proc and calls jcmd, so Linux and a JDK on the PATH.
 * "Live heap" is the heap in use right after a full GC (jcmd GC.run, then GC.heap_info).
 */
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LiveStreams {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");
  private static final List<Socket> serviceStreams = new CopyOnWriteArrayList<>();
  private static final AtomicInteger serviceOpen = new AtomicInteger();
  private static final AtomicInteger REFUSED = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    long pid = Long.parseLong(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    String gateway = args.length > 2 ? args[2] : "http://127.0.0.1:28480";
    int servicePort = args.length > 3 ? Integer.parseInt(args[3]) : 28481;
    serve(servicePort);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    awaitGateway(http, gateway);
    ordinaryRoundTrips(http, gateway, 50); // warms the gateway up

    Footprint idle = footprint(pid);
    System.out.printf("streams open: 0     %s%n", idle);
    boolean histograms = System.getenv("LIVE_STREAMS_HISTOGRAM") != null;
    Map<String, Long> before = histograms ? histogram(pid) : Map.of();

    long start = System.nanoTime();
    // LIVE_STREAMS_ROUTE=proxy: through the ordinary routes instead (a path the stream relay leaves
    // alone, asked for without text/event-stream), to compare with the thread-per-request proxy
    boolean proxy = "proxy".equals(System.getenv("LIVE_STREAMS_ROUTE"));
    List<Browser> browsers =
        proxy
            ? open(http, gateway + "/api/registration/bench/events", count, "*/*")
            : open(http, gateway + "/api/registration/bench/stream", count, "text/event-stream");
    System.out.printf(
        "opened %d streams through the gateway in %.1f s (service sees %d)%n",
        count, (System.nanoTime() - start) / 1e9, serviceOpen.get());

    Footprint loaded = footprint(pid);
    System.out.printf("streams open: %-5d %s%n", count, loaded);
    if (histograms) {
      // where the streams' heap goes: the classes whose live bytes grew most
      Map<String, Long> after = histogram(pid);
      after.entrySet().stream()
          .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .limit(15)
          .forEach(e -> System.out.printf("  %+10.1f KB per stream  %s%n", e.getValue() / 1024.0 / count, e.getKey()));
    }
    System.out.printf(
        "per 1,000 streams: %+.0f threads, %+.1f MB resident, %+.1f MB live heap%n",
        (loaded.threads - idle.threads) * 1000.0 / count,
        (loaded.rssKb - idle.rssKb) / 1024.0 * 1000.0 / count,
        (loaded.liveHeapKb - idle.liveHeapKb) / 1024.0 * 1000.0 / count);

    // the request threads that opened them retire after Tomcat's idle time (60 s); the streams stay
    Thread.sleep(65_000);
    Footprint later = footprint(pid);
    System.out.printf("65 s later, still open: %s%n", later);

    List<Double> ordinary = ordinaryRoundTrips(http, gateway, 50);
    System.out.printf(
        "ordinary request through the gateway meanwhile: median %.1f ms, max %.1f ms%n",
        pct(ordinary, 50), ordinary.get(ordinary.size() - 1));

    List<Double> throughGateway = broadcastRounds(browsers, "through the gateway");
    long closing = System.nanoTime();
    browsers.forEach(Browser::close);
    while (serviceOpen.get() > 0) {
      if (System.nanoTime() - closing > TimeUnit.SECONDS.toNanos(120)) {
        throw new IllegalStateException(serviceOpen.get() + " service connections still open");
      }
      Thread.sleep(50);
    }
    System.out.printf(
        "browsers gone: the gateway closed all %d service connections within %.1f s%n",
        count, (System.nanoTime() - closing) / 1e9);
    System.out.printf("streams open: 0     %s%n", footprint(pid));

    // the baseline, in the same run: as many streams straight from the service, no gateway between
    List<Browser> direct =
        open(http, "http://127.0.0.1:" + servicePort + "/bench/stream", count, "text/event-stream");
    List<Double> straight = broadcastRounds(direct, "straight from the service (baseline)");
    direct.forEach(Browser::close);
    System.out.printf(
        "median over the rounds, through the gateway / straight: %.1f ms / %.1f ms%n",
        pct(throughGateway, 50), pct(straight, 50));
    System.exit(0);
  }

  /** Three events, each to every stream; the delays of all of them, sorted. */
  private static List<Double> broadcastRounds(List<Browser> browsers, String how) throws Exception {
    List<Double> all = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      CountDownLatch delivered = new CountDownLatch(browsers.size());
      browsers.forEach(browser -> browser.expect(delivered));
      long sent = System.nanoTime();
      broadcast("event: counts\ndata: " + sent + "\n\n");
      if (!delivered.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException(delivered.getCount() + " streams missed the event");
      }
      List<Double> delays = new ArrayList<>();
      browsers.forEach(browser -> delays.add((browser.arrived - sent) / 1e6));
      Collections.sort(delays);
      all.addAll(delays);
      System.out.printf(
          "one event to all %d streams %s (round %d): median %.1f ms, p99 %.1f ms, last %.1f ms%n",
          browsers.size(), how, round + 1, pct(delays, 50), pct(delays, 99), delays.get(delays.size() - 1));
    }
    Collections.sort(all);
    return all;
  }

  /** Opens streams at {@code url} a hundred at a time (each hundred once the last has opened). */
  private static List<Browser> open(HttpClient http, String url, int count, String accept)
      throws Exception {
    List<Browser> browsers = new ArrayList<>();
    for (int batch = 0; batch < count; batch += 100) {
      int size = Math.min(100, count - batch);
      CountDownLatch opened = new CountDownLatch(size);
      for (int i = 0; i < size; i++) {
        Browser browser = new Browser(opened);
        browsers.add(browser);
        http.sendAsync(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(browser))
            .thenAccept(
                response -> {
                  if (response.statusCode() != 200 && REFUSED.getAndIncrement() == 0) {
                    System.out.println("a stream was answered " + response.statusCode());
                  }
                });
      }
      if (!opened.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            opened.getCount()
                + " of streams "
                + batch
                + "-"
                + (batch + size)
                + " did not open in 60 s; "
                + Browser.FAILURES
                + " failed, "
                + REFUSED
                + " were answered other than 200; the service sees "
                + serviceOpen.get());
      }
    }
    return browsers;
  }

  /** One browser's stream: counts it open on its first event, and times the next one. */
  static final class Browser implements Flow.Subscriber<String> {

    static final AtomicInteger FAILURES = new AtomicInteger();

    private final CountDownLatch opened;
    private volatile CountDownLatch delivery;
    private volatile Flow.Subscription subscription;
    volatile long arrived;

    Browser(CountDownLatch opened) {
      this.opened = opened;
    }

    void expect(CountDownLatch delivered) {
      delivery = delivered;
    }

    void close() {
      subscription.cancel();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
      if (line.equals("event: opened")) {
        opened.countDown();
      } else if (line.startsWith("data: ") && !line.equals("data: opened")) {
        arrived = System.nanoTime();
        delivery.countDown();
      }
    }

    @Override
    public void onError(Throwable failure) {
      if (FAILURES.getAndIncrement() == 0) {
        System.out.println("a stream failed: " + failure);
      }
    }

    @Override
    public void onComplete() {}
  }

  /** The service: every request opens an event stream, which stays open until the gateway closes it. */
  private static void serve(int port) throws IOException {
    ServerSocket server = new ServerSocket(port, 5000, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (true) {
                try {
                  Socket socket = server.accept();
                  Thread connection = new Thread(() -> stream(socket), "service-stream");
                  connection.setDaemon(true);
                  connection.start();
                } catch (IOException e) {
                  return;
                }
              }
            },
            "service-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private static void stream(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      StringBuilder head = new StringBuilder();
      while (!head.toString().endsWith("\r\n\r\n")) {
        int next = in.read();
        if (next < 0) {
          return;
        }
        head.append((char) next);
      }
      String path = head.toString().split(" ")[1];
      if (!path.endsWith("/stream") && !path.endsWith("/events")) {
        send(
            socket,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 17\r\n"
                + "Connection: close\r\n\r\n{\"ordinary\":true}");
        return;
      }
      serviceOpen.incrementAndGet();
      serviceStreams.add(socket);
      send(
          socket,
          "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
              + "Connection: close\r\n\r\nevent: opened\ndata: opened\n\n");
      while (in.read() >= 0) {
        // nothing more comes from the gateway; -1 when it closes the connection
      }
    } catch (IOException closed) {
      // the gateway closed it
    } finally {
      if (serviceStreams.remove(socket)) {
        serviceOpen.decrementAndGet();
      }
    }
  }

  private static void broadcast(String event) {
    serviceStreams.forEach(socket -> send(socket, event));
  }

  private static void send(Socket socket, String text) {
    try {
      synchronized (socket) {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (IOException gone) {
      // the reader notices too
    }
  }

  private static void awaitGateway(HttpClient http, String gateway) throws Exception {
    for (int i = 0; i < 600; i++) {
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create(gateway + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the gateway at " + gateway + " did not come up");
  }

  /** Round trips of an ordinary request through the gateway's routes to the service, sorted. */
  private static List<Double> ordinaryRoundTrips(HttpClient http, String gateway, int times)
      throws Exception {
    List<Double> trips = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      long start = System.nanoTime();
      http.send(
          HttpRequest.newBuilder(URI.create(gateway + "/api/registration/editions"))
              .timeout(Duration.ofSeconds(10))
              .build(),
          HttpResponse.BodyHandlers.discarding());
      trips.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(trips);
    return trips;
  }

  record Footprint(long threads, long rssKb, long liveHeapKb) {
    @Override
    public String toString() {
      return String.format(
          "gateway: %d threads, %.1f MB resident, %.1f MB live heap",
          threads, rssKb / 1024.0, liveHeapKb / 1024.0);
    }
  }

  private static Footprint footprint(long pid) throws Exception {
    jcmd(pid, "GC.run");
    Thread.sleep(1000);
    long heap = 0;
    Matcher used = USED.matcher(jcmd(pid, "GC.heap_info").split("Metaspace")[0]);
    while (used.find()) {
      heap += Long.parseLong(used.group(1));
    }
    long threads = 0;
    long rss = 0;
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("Threads:")) {
        threads = Long.parseLong(line.split("\\s+")[1]);
      } else if (line.startsWith("VmRSS:")) {
        rss = Long.parseLong(line.split("\\s+")[1]);
      }
    }
    return new Footprint(threads, rss, heap);
  }

  /** Live bytes by class, from jcmd GC.class_histogram (which collects first). */
  private static Map<String, Long> histogram(long pid) throws Exception {
    Map<String, Long> bytes = new HashMap<>();
    Pattern row = Pattern.compile("\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+).*");
    for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
      Matcher match = row.matcher(line);
      if (match.matches()) {
        bytes.merge(match.group(2), Long.parseLong(match.group(1)), Long::sum);
      }
    }
    return bytes;
  }

  private static String jcmd(long pid, String command) throws Exception {
    Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor();
    return output;
  }

  private static double pct(List<Double> sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
