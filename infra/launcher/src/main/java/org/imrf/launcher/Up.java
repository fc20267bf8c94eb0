package org.imrf.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.imrf.contracts.EventContracts;
import org.imrf.devservices.DevServices;
import org.imrf.devservices.KafkaService;
import org.imrf.devservices.PostgresService;
import org.imrf.devservices.Settings;
import org.imrf.devservices.kafka.EmbeddedKafka;
import org.imrf.devservices.kafka.KafkaTopics;
import org.imrf.devservices.mail.EmbeddedMail;
import org.imrf.devservices.process.JavaProcesses;

/**
 * {@code ./forum up}: the broker, the database, the mail server and every service, in that order,
 * each waited for; then the addresses; then it stays until stopped (Ctrl-C, SIGTERM or {@code
 * ./forum down}), and stops everything in the reverse order.
 */
final class Up {

  /** Printed once everything is ready; {@code ./forum up --detach} waits for it. */
  static final String READY_MARKER = "All ready";

  private static final Duration SERVICE_GRACE = Duration.ofSeconds(40);

  private final Path root;
  private final Path data;
  private final Map<String, String> env;
  private final List<ServiceSpec> services;
  private final Console console = new Console();
  private final StateFile stateFile;
  private final Credentials credentials;
  private final String[] gatewaySecret = Credentials.ephemeralSecret();
  private final Properties state = new Properties();
  private final List<ServiceProcess> running = new ArrayList<>();
  private KafkaService kafka;
  private PostgresService postgres;
  private EmbeddedMail mail;
  private volatile boolean stopping;
  private Jdk servicesJdk;
  private final List<StartCache> staleCaches = new ArrayList<>();
  private volatile Thread backgroundCaches;
  private final List<Pending> pending = new ArrayList<>();
  private int startingAtOnce;

  Up(Path root, Path data, Map<String, String> env, List<ServiceSpec> services) {
    this.root = root;
    this.data = data;
    this.env = env;
    this.services = services;
    this.stateFile = new StateFile(data);
    this.credentials = new Credentials(data);
  }

  int run() throws InterruptedException {
    var previous = stateFile.read();
    if (previous.isPresent() && StateFile.alive(previous.get(), "launcher.pid").isPresent()) {
      console.line(
          "The platform is already running (launcher pid "
              + previous.get().getProperty("launcher.pid")
              + "). See ./forum status, or stop it with ./forum down.");
      return 1;
    }
    if (previous.isPresent() && leftRunning(previous.get())) {
      console.line(
          "A previous run was killed and left processes running. Stop them with ./forum down,"
              + " then start again.");
      return 1;
    }
    createDirectories();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopEverything, "forum-down"));
    console.line("Starting the IMRF platform. Data directory: " + data);
    credentials.createAndShowOnce(console, Forum.identityUrl(services));
    state.setProperty("launcher.pid", Long.toString(ProcessHandle.current().pid()));
    state.setProperty("data.dir", data.toString());
    try {
      startInfrastructure();
      startServices();
      awaitServices();
    } catch (RuntimeException e) {
      console.line("");
      console.line("Could not start: " + e.getMessage());
      return 1; // the shutdown hook stops what did start
    }
    printSummary();
    makeStartCachesInTheBackground(servicesJdk);
    watch();
    return 0;
  }

  private static boolean leftRunning(Properties previous) {
    return previous.stringPropertyNames().stream()
        .filter(key -> key.endsWith(".pid"))
        .anyMatch(key -> StateFile.alive(previous, key).isPresent());
  }

  private void createDirectories() {
    try {
      Files.createDirectories(data.resolve("logs"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + data, e);
    }
  }

  private synchronized void startInfrastructure() {
    Settings settings = Settings.forLauncher(data, env);
    // the database starts beside the broker: neither needs the other
    CompletableFuture<PostgresService> database =
        CompletableFuture.supplyAsync(
            () -> withDatabases(DevServices.startPostgres(settings, console::step)));
    try {
      kafka = DevServices.startKafka(settings, console::step);
    } finally {
      // known even when the broker failed, so that stopping stops it
      postgres = started(database);
    }
    state.setProperty("kafka.bootstrap", kafka.bootstrapServers());
    state.setProperty("kafka.description", kafka.description());
    if (kafka instanceof EmbeddedKafka embedded) {
      state.setProperty("kafka.pid", Long.toString(embedded.pid()));
    }
    state.setProperty("postgres.url", postgres.jdbcUrl("<service>"));
    state.setProperty("postgres.description", postgres.description());
    postmasterPid().ifPresent(pid -> state.setProperty("postgres.pid", pid));
    stateFile.write(state);

    startMail();

    int created =
        KafkaTopics.ensure(kafka.bootstrapServers(), EventContracts.load().topics(), console::step);
    console.step(
        "topics ready: "
            + EventContracts.load().topics().size()
            + " declared in infra/contracts, "
            + created
            + " created now");
  }

  /**
   * The development mail server, unless a relay is given ({@code IMRF_SMTP_HOST}): the services'
   * email goes there, and people read it on its web page or by IMAP.
   */
  private void startMail() {
    String relay = env.get("IMRF_SMTP_HOST");
    if (relay != null && !relay.isBlank()) {
      console.step("mail: the relay given in IMRF_SMTP_HOST (" + relay.trim() + ")");
      state.setProperty("mail.description", "relay " + relay.trim() + " (IMRF_SMTP_HOST)");
      stateFile.write(state);
      return;
    }
    mail =
        EmbeddedMail.start(
            port("IMRF_SMTP_PORT", 3025),
            port("IMRF_MAIL_IMAP_PORT", 3143),
            port("IMRF_MAIL_WEB_PORT", 8025),
            console::step);
    state.setProperty("mail.smtp", mail.smtpHost() + ":" + mail.smtpPort());
    if (mail.webUrl() != null) {
      state.setProperty("mail.web", mail.webUrl());
    }
    state.setProperty("mail.description", mail.description());
    stateFile.write(state);
  }

  private int port(String variable, int fallback) {
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          variable + " must be a port number, not '" + value + "'", e);
    }
  }

  private PostgresService withDatabases(PostgresService server) {
    try {
      services.stream()
          .filter(ServiceSpec::stateful)
          .forEach(service -> server.ensureDatabase(service.database()));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    console.step(
        "databases ready: "
            + services.stream()
                .filter(ServiceSpec::stateful)
                .map(ServiceSpec::database)
                .collect(Collectors.joining(", ")));
    return server;
  }

  private static PostgresService started(CompletableFuture<PostgresService> database) {
    try {
      return database.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private synchronized void startServices() {
    Jdks.Choice choice =
        Jdks.choose(env, Path.of(System.getProperty("java.home")), Jdks.MACHINE_FOLDERS);
    servicesJdk = choice.jdk();
    state.setProperty("services.jdk", choice.jdk().home().toString());
    console.step("services run on " + choice.reason());
    Map<String, StartCache.Start> plans = startPlans(choice.jdk());
    services.forEach(service -> pending.add(new Pending(service, plans.get(service.name()))));
    startingAtOnce = startingAtOnce();
    console.step(
        "starting "
            + services.stream().map(ServiceSpec::name).collect(Collectors.joining(", "))
            + (startingAtOnce < services.size()
                ? ", " + startingAtOnce + " at a time (IMRF_STARTING_AT_ONCE)"
                : "")
            + " (logs in "
            + data.resolve("logs")
            + ")");
    startWhileSlotsAreFree(0);
  }

  /**
   * How many services start at the same time: all by default. Fewer (as many as processors) was no
   * faster with start-up caches and slower without (docs/benchmarks.md); the setting is for
   * machines short of memory, where six JVMs starting at once would swap.
   */
  private int startingAtOnce() {
    String configured = env.get("IMRF_STARTING_AT_ONCE");
    if (configured == null || configured.isBlank()) {
      return services.size();
    }
    try {
      return Math.max(1, Math.min(Integer.parseInt(configured.trim()), services.size()));
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "IMRF_STARTING_AT_ONCE must be a whole number of services, not \"" + configured + "\"");
    }
  }

  /** Starts waiting services while fewer than {@link #startingAtOnce} are starting. */
  private synchronized void startWhileSlotsAreFree(int starting) {
    List<String> jvmOptions = jvmOptions();
    int now = starting;
    while (now < startingAtOnce && !pending.isEmpty() && !stopping) {
      Pending next = pending.remove(0);
      List<String> options = new ArrayList<>(jvmOptions);
      options.addAll(next.plan().options());
      ServiceProcess process =
          ServiceProcess.start(
              next.service(),
              servicesJdk.java(),
              next.plan().jar(),
              data.resolve("logs").resolve(next.service().name() + ".log"),
              environment(next.service()),
              options);
      running.add(process);
      state.setProperty(next.service().name() + ".pid", Long.toString(process.pid()));
      state.setProperty(next.service().name() + ".url", next.service().url());
      now++;
    }
    if (now > starting) {
      stateFile.write(state);
    }
  }

  /** A service not started yet, and how it will start. */
  private record Pending(ServiceSpec service, StartCache.Start plan) {}

  /**
   * How each service starts: from its current start-up cache, else from its jar as built (its cache
   * is then made in the background once everything is ready, for the next start); {@code
   * IMRF_START_CACHE=false} starts the jars as built and makes none.
   */
  private Map<String, StartCache.Start> startPlans(Jdk jdk) {
    Map<String, StartCache.Start> plans = new LinkedHashMap<>();
    boolean wanted = !"false".equalsIgnoreCase(env.getOrDefault("IMRF_START_CACHE", "true").trim());
    List<String> stale = new ArrayList<>();
    for (ServiceSpec service : services) {
      if (!wanted) {
        plans.put(service.name(), new StartCache.Start(service.jar(root), List.of()));
        continue;
      }
      StartCache cache = new StartCache(service, service.jar(root), jdk, data.resolve("app"));
      java.util.Optional<String> why = cache.staleness();
      plans.put(service.name(), cache.start(why));
      why.ifPresent(
          reason -> {
            staleCaches.add(cache);
            stale.add(service.name() + " (" + reason + ")");
          });
    }
    if (!wanted) {
      console.step("start-up caches off (IMRF_START_CACHE=false)");
    } else if (stale.isEmpty()) {
      console.step("every service starts from its start-up cache");
    } else {
      console.step(
          "starting without a start-up cache, made in the background once all is ready: "
              + String.join(", ", stale));
    }
    return plans;
  }

  /**
   * Makes the missing start-up caches one after another at low priority ({@code nice}), while the
   * platform serves: the next ./forum up starts from them.
   */
  private void makeStartCachesInTheBackground(Jdk jdk) {
    if (staleCaches.isEmpty()) {
      return;
    }
    List<String> jvmOptions = jvmOptions();
    List<String> lowPriority =
        Files.isExecutable(Path.of("/usr/bin/nice"))
            ? List.of("/usr/bin/nice", "-n", "15")
            : List.of();
    Thread maker =
        new Thread(
            () -> {
              for (StartCache cache : staleCaches) {
                ServiceSpec service = cache.service();
                long began = System.nanoTime();
                try {
                  cache.make(
                      lowPriority,
                      jdk.java(),
                      environment(service),
                      jvmOptions,
                      data.resolve("logs"));
                  console.step(
                      String.format(
                          "%s start-up cache made for the next start (%.1f s)",
                          service.name(), (System.nanoTime() - began) / 1e9));
                } catch (InterruptedException e) {
                  return;
                } catch (RuntimeException e) {
                  console.step(service.name() + ": no start-up cache made: " + e.getMessage());
                }
                if (stopping) {
                  return;
                }
              }
            },
            "start-up-caches");
    maker.setDaemon(true);
    backgroundCaches = maker;
    maker.start();
  }

  /** Each service's settings under ./forum up (documented in docs/configuration.md). */
  private Map<String, String> environment(ServiceSpec service) {
    String sealingKey = credentials.sealingKey();
    String badgeKey = credentials.badgeKey();
    String gatewayKey = credentials.gatewayKey();
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PORT", Integer.toString(service.port()));
    // a laptop's platform holds personal data: reachable from this machine only, unless asked
    environment.put("SERVER_ADDRESS", env.getOrDefault("IMRF_BIND_ADDRESS", "127.0.0.1"));
    // the gateway signs the client's address and the public address; the services check it
    environment.put("IMRF_GATEWAY_KEY", gatewayKey);
    if (service.stateful()) {
      environment.put("DB_URL", postgres.jdbcUrl(service.database()));
      environment.put("DB_USER", postgres.username());
      environment.put("DB_PASSWORD", postgres.password());
      environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
      environment.put("OIDC_ISSUER", env.getOrDefault("OIDC_ISSUER", Forum.identityUrl(services)));
      environment.put("IMRF_SEALING_KEY", sealingKey);
      environment.put("IMRF_ACCESS_LINK_BASE_URL", url("gateway"));
      // the gateway's address for people: messages link to its pages (the programme's)
      environment.put("IMRF_PUBLIC_URL", publicUrl());
      // IMRF 2022 as demo data, unless IMRF_DEMO_DATA=false
      environment.put("IMRF_DEMO_DATA", env.getOrDefault("IMRF_DEMO_DATA", "true"));
    }
    if (service.name().equals("registration-service")) {
      environment.put("IMRF_BADGE_KEY", badgeKey);
    }
    if (service.name().equals("notification-service")) {
      // the relay: the development mail server, or the one given (IMRF_SMTP_* pass through)
      for (String setting :
          List.of(
              "IMRF_SMTP_HOST",
              "IMRF_SMTP_PORT",
              "IMRF_SMTP_USERNAME",
              "IMRF_SMTP_PASSWORD",
              "IMRF_SMTP_STARTTLS",
              "IMRF_MAIL_FROM")) {
        String value = env.get(setting);
        if (value != null && !value.isBlank()) {
          environment.put(setting, value.trim());
        }
      }
      if (mail != null) {
        environment.put("IMRF_SMTP_HOST", mail.smtpHost());
        environment.put("IMRF_SMTP_PORT", Integer.toString(mail.smtpPort()));
      }
    }
    if (service.name().equals("identity-service")) {
      environment.putAll(identityEnvironment());
    }
    if (service.name().equals("gateway")) {
      environment.put("IMRF_GATEWAY_CLIENT_SECRET", gatewaySecret[0]);
      environment.put("IMRF_IDENTITY_URL", url("identity-service"));
      environment.put("IMRF_PUBLIC_URL", publicUrl());
      // it hears the events that end sessions (a disabled account, a revoked link)
      environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
      for (ServiceSpec routed : services) {
        if (routed.stateful() && !routed.name().equals("identity-service")) {
          environment.put("IMRF_" + routed.database().toUpperCase() + "_URL", routed.url());
        }
      }
    }
    return environment;
  }

  private void awaitServices() throws InterruptedException {
    Duration timeout =
        Duration.ofSeconds(Long.parseLong(env.getOrDefault("IMRF_START_TIMEOUT", "300")));
    long deadline = System.nanoTime() + timeout.toNanos();
    Set<String> ready = new HashSet<>();
    long lastReport = System.nanoTime();
    while (ready.size() < services.size()) {
      if (stopping) {
        throw new IllegalStateException("stopped while starting");
      }
      for (ServiceProcess process : running) {
        if (ready.contains(process.spec().name())) {
          continue;
        }
        if (!process.alive()) {
          throw new IllegalStateException(
              process.spec().name()
                  + " exited with "
                  + process.exitValue()
                  + ". Its log ("
                  + process.log()
                  + ") ends with:\n"
                  + JavaProcesses.tail(process.log(), 25));
        }
        if (process.ready()) {
          ready.add(process.spec().name());
          console.step(
              String.format(
                  "%s ready on %s (%.1f s)",
                  process.spec().name(), process.spec().url(), process.secondsSinceStart()));
        }
      }
      startWhileSlotsAreFree(running.size() - ready.size());
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "services not ready after "
                + timeout.toSeconds()
                + " s (IMRF_START_TIMEOUT): "
                + waiting(ready));
      }
      if (ready.size() < running.size() && System.nanoTime() - lastReport > 10_000_000_000L) {
        lastReport = System.nanoTime();
        console.step("waiting for " + waiting(ready));
      }
      Thread.sleep(250);
    }
  }

  private synchronized String waiting(Set<String> ready) {
    return java.util.stream.Stream.concat(
            running.stream().map(process -> process.spec().name()),
            pending.stream().map(next -> next.service().name() + " (not started yet)"))
        .filter(name -> !ready.contains(name))
        .collect(Collectors.joining(", "));
  }

  private void printSummary() {
    state.setProperty("ready", "true");
    stateFile.write(state);
    console.line("");
    console.line(String.format("%s in %.1f s.", READY_MARKER, console.seconds()));
    console.line("");
    console.line(String.format("  %-22s %-24s %-42s %s", "service", "API", "Swagger UI", "health"));
    for (ServiceProcess process : running) {
      String url = process.spec().url();
      console.line(
          String.format(
              "  %-22s %-24s %-42s %s",
              process.spec().name(), url, url + "/swagger-ui.html", url + "/actuator/health"));
    }
    console.line("");
    console.line(
        "  Browsers     "
            + url("gateway")
            + "  (staff sign in there; participants open their access link)");
    console.line("  Kafka        " + kafka.description());
    console.line("  PostgreSQL   " + postgres.description());
    if (mail != null && mail.webUrl() != null) {
      console.line(
          "  Mail         "
              + mail.webUrl()
              + "  (every email the platform sent; or IMAP "
              + mail.smtpHost()
              + ":"
              + mail.imapPort()
              + ", user: the recipient's address, any password)");
    } else {
      console.line("  Mail         " + state.getProperty("mail.description"));
    }
    console.line("  Data         " + data + "  (logs in " + data.resolve("logs") + ")");
    console.line("");
    console.line("Stop everything with Ctrl-C here, or ./forum down from anywhere.");
  }

  /** Stays up, reporting a service that exits on its own. */
  private void watch() throws InterruptedException {
    Set<String> reported = new HashSet<>();
    while (!stopping) {
      for (ServiceProcess process : running) {
        if (!process.alive() && reported.add(process.spec().name()) && !stopping) {
          console.step(
              process.spec().name()
                  + " exited with "
                  + process.exitValue()
                  + "; see "
                  + process.log());
        }
      }
      Thread.sleep(1000);
    }
  }

  /**
   * Services first (they finish in-flight work and commit offsets), then Kafka, then PostgreSQL.
   */
  private void stopEverything() {
    stopping = true;
    Thread caches = backgroundCaches;
    if (caches != null) {
      // a training run in progress ends with the platform; its cache is made next time
      caches.interrupt();
    }
    synchronized (this) {
      console.line("");
      console.step("stopping");
      CompletableFuture.allOf(
              running.stream()
                  .map(
                      process ->
                          CompletableFuture.runAsync(
                              () -> {
                                boolean graceful = process.stop(SERVICE_GRACE);
                                console.step(
                                    process.spec().name()
                                        + (graceful
                                            ? " stopped"
                                            : " did not stop in time: killed"));
                              }))
                  .toArray(CompletableFuture[]::new))
          .join();
      if (mail != null) {
        mail.close();
        console.step("mail server stopped");
      }
      if (kafka != null) {
        kafka.close();
        console.step("Kafka stopped");
      }
      if (postgres != null) {
        postgres.close();
        console.step("PostgreSQL stopped");
      }
      stateFile.delete();
      console.step("stopped; data kept in " + data);
    }
  }

  /**
   * The first organiser's hash, and the clients: scripts (client credentials) and the gateway
   * (sign-in with PKCE, access-link exchange), whose secret is new on every start.
   */
  private Map<String, String> identityEnvironment() {
    String clients =
        """
        {"imrf": {"identity": {"clients": [
          {"client-id": "%s", "secret-hash": "%s", "grant-types": ["client_credentials"],
           "roles": ["organiser", "ops"]},
          {"client-id": "gateway", "secret-hash": "%s",
           "grant-types": ["authorization_code", "refresh_token",
                           "urn:imrf:params:oauth:grant-type:access-link"],
           "redirect-uris": ["%s/login/oauth2/code/imrf"], "post-logout-redirect-uris": ["%s/"]}
        ]}}}
        """;
    return Map.of(
        "IMRF_BOOTSTRAP_ORGANISER_HASH_FILE",
        credentials.organiserHashFile().toString(),
        "SPRING_APPLICATION_JSON",
        clients.formatted(
            Credentials.SCRIPT_CLIENT,
            credentials.scriptClientHash(),
            gatewaySecret[1],
            publicUrl(),
            publicUrl()));
  }

  /** Where browsers reach the gateway: {@code IMRF_PUBLIC_URL}, else its own address. */
  private String publicUrl() {
    String configured = env.get("IMRF_PUBLIC_URL");
    return configured == null || configured.isBlank() ? url("gateway") : configured.trim();
  }

  private String url(String service) {
    return services.stream()
        .filter(spec -> spec.name().equals(service))
        .findFirst()
        .orElseThrow()
        .url();
  }

  private List<String> jvmOptions() {
    String custom = env.get("IMRF_JAVA_OPTS");
    return custom == null || custom.isBlank()
        ? ServiceProcess.DEFAULT_JVM_OPTIONS
        : List.of(custom.trim().split("\\s+"));
  }

  private java.util.Optional<String> postmasterPid() {
    Path pidFile = data.resolve("postgres").resolve("data").resolve("postmaster.pid");
    try {
      return Files.exists(pidFile)
          ? Files.readAllLines(pidFile).stream().findFirst().map(String::trim)
          : java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
