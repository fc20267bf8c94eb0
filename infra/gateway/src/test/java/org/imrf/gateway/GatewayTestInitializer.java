package org.imrf.gateway;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.imrf.devservices.process.Ports;
import org.imrf.testing.TestInfrastructure;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Puts the gateway under test on a free port, named as its public address, in front of the fake
 * provider and services: registration is {@link FakeService}, roundtable answers no HTTP,
 * notification is down; the real broker carries the events.
 */
public class GatewayTestInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** identity-service's topic; created here until the contracts declare it. */
  static final String STAFF_TOPIC = "identity.staff";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String kafka = TestInfrastructure.get().kafka().bootstrapServers();
    ensureTopic(kafka, STAFF_TOPIC, 3);
    int[] ports = Ports.free(2);
    TestPropertyValues.of(
            "server.port=" + ports[0],
            "imrf.gateway.public-url=http://127.0.0.1:" + ports[0],
            "imrf.gateway.identity-url=" + FakeProvider.get().url(),
            "imrf.gateway.services.registration=" + FakeService.get().url(),
            "imrf.gateway.services.roundtable=" + FakeService.get().notHttpUrl(),
            "imrf.gateway.services.notification=http://127.0.0.1:" + ports[1],
            "spring.security.oauth2.client.registration.imrf.client-secret=gateway-secret",
            "spring.kafka.bootstrap-servers=" + kafka,
            "spring.http.clients.read-timeout=3s")
        .applyTo(context.getEnvironment());
  }

  private static void ensureTopic(String kafka, String topic, int partitions) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("Cannot create " + topic, e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
