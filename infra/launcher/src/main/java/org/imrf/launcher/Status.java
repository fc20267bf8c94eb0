package org.imrf.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.imrf.devservices.process.Ports;

/**
 * {@code ./forum status}: each component's state, from what {@code up} recorded and live probes.
 */
final class Status {

  /** Exit code when nothing runs, as init scripts report it. */
  static final int NOT_RUNNING = 3;

  private final Path data;
  private final List<ServiceSpec> services;
  private final Console console = new Console();

  Status(Path data, List<ServiceSpec> services) {
    this.data = data;
    this.services = services;
  }

  int run() {
    Optional<Properties> recorded = new StateFile(data).read();
    if (recorded.isEmpty()) {
      console.line("The platform is not running. Start it with ./forum up");
      return NOT_RUNNING;
    }
    Properties state = recorded.get();
    boolean launcher = StateFile.alive(state, "launcher.pid").isPresent();
    console.line(String.format("  %-22s %-12s %-8s %s", "component", "state", "pid", "address"));
    row("launcher", launcher ? "running" : "gone", state.getProperty("launcher.pid"), "");
    String kafka = state.getProperty("kafka.bootstrap", "");
    row("kafka", reachable(kafka) ? "up" : "down", state.getProperty("kafka.pid", "-"), kafka);
    String postgres = state.getProperty("postgres.url", "");
    row(
        "postgresql",
        reachable(hostPort(postgres)) ? "up" : "down",
        state.getProperty("postgres.pid", "-"),
        postgres);
    String mail = state.getProperty("mail.smtp");
    if (mail != null) {
      // the development mail server runs inside the launcher
      row(
          "mail",
          reachable(mail) ? "up" : "down",
          state.getProperty("launcher.pid", "-"),
          "smtp://" + mail + "  " + state.getProperty("mail.web", ""));
    }
    boolean allReady = launcher;
    for (ServiceSpec service : services) {
      String pid = state.getProperty(service.name() + ".pid");
      String url = state.getProperty(service.name() + ".url", service.url());
      String status;
      if (pid == null) {
        status = "not started";
      } else if (StateFile.alive(state, service.name() + ".pid").isEmpty()) {
        status = "stopped";
      } else {
        status = ServiceProcess.ready(url) ? "ready" : "starting";
      }
      allReady &= "ready".equals(status);
      row(service.name(), status, pid == null ? "-" : pid, url);
    }
    console.line("");
    console.line("  data: " + data);
    return allReady ? 0 : 1;
  }

  private void row(String component, String status, String pid, String address) {
    console.line(String.format("  %-22s %-12s %-8s %s", component, status, pid, address));
  }

  /** host:port out of a JDBC URL such as jdbc:postgresql://127.0.0.1:15432/db. */
  private static String hostPort(String jdbcUrl) {
    String rest = jdbcUrl.replaceFirst("^jdbc:postgresql://", "");
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  private static boolean reachable(String hostPorts) {
    for (String hostPort : hostPorts.split(",")) {
      int colon = hostPort.lastIndexOf(':');
      if (colon < 0) {
        continue;
      }
      String host = hostPort.substring(0, colon);
      int port = Integer.parseInt(hostPort.substring(colon + 1));
      if (("127.0.0.1".equals(host) || "localhost".equals(host)) && Ports.listening(port)) {
        return true;
      }
      if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && connects(host, port)) {
        return true;
      }
    }
    return false;
  }

  private static boolean connects(String host, int port) {
    try (var socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(host, port), 500);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
