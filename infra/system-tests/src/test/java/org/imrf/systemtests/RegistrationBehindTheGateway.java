package org.imrf.systemtests;

import java.util.Map;
import org.imrf.devservices.process.Ports;

/**
 * registration-service behind the gateway, the gateway naming its public address {@code localhost}
 * and the service allowing few registrations per client address; shared by the test classes that
 * need no more (see {@link SharedPlatform}).
 */
final class RegistrationBehindTheGateway implements AutoCloseable {

  static final int REGISTRATIONS_PER_ADDRESS = 3;

  final RunningServices services;
  final int gatewayPort;

  /** What clients are told to use: a name for the same gateway, not the Host they sent. */
  final String publicUrl;

  private RegistrationBehindTheGateway(RunningServices services, int gatewayPort) {
    this.services = services;
    this.gatewayPort = gatewayPort;
    this.publicUrl = "http://localhost:" + gatewayPort;
  }

  static SharedPlatform<RegistrationBehindTheGateway> shared() {
    return SharedPlatform.of(
        "registration-service behind the gateway",
        RegistrationBehindTheGateway.class,
        RegistrationBehindTheGateway::start);
  }

  private static RegistrationBehindTheGateway start() {
    int[] ports = Ports.free(2);
    int gatewayPort = ports[0];
    int registrationPort = ports[1];
    RunningServices services =
        RunningServices.start(
            Map.of(
                "registration-service",
                Map.of(
                    "PORT",
                    Integer.toString(registrationPort),
                    "IMRF_RATE_LIMITS_REGISTRATION_PER_ADDRESS_LIMIT",
                    Integer.toString(REGISTRATIONS_PER_ADDRESS)),
                "gateway",
                Map.of(
                    "PORT",
                    Integer.toString(gatewayPort),
                    "IMRF_PUBLIC_URL",
                    "http://localhost:" + gatewayPort,
                    "IMRF_REGISTRATION_URL",
                    "http://127.0.0.1:" + registrationPort)),
            "registration-service",
            "gateway");
    return new RegistrationBehindTheGateway(services, gatewayPort);
  }

  @Override
  public void close() {
    services.close();
  }
}
