package org.imrf.backbone.observability;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether the Kafka cluster answers: part of readiness in every service, including those that only
 * publish through the outbox and so have no binder health of their own.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  private final Admin admin;
  private final String bootstrapServers;
  private final Duration timeout;

  public KafkaHealthIndicator(String bootstrapServers, String clientId, Duration timeout) {
    super("Kafka health check failed");
    this.bootstrapServers = bootstrapServers;
    this.timeout = timeout;
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                clientId + "-health",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) timeout.toMillis(),
                // a down broker should not make every check wait for long reconnect back-offs
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                1000));
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    Collection<Node> nodes =
        admin
            .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
            .nodes()
            .get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS);
    if (nodes.isEmpty()) {
      builder.down().withDetail("bootstrapServers", bootstrapServers).withDetail("brokers", 0);
    } else {
      builder
          .up()
          .withDetail("bootstrapServers", bootstrapServers)
          .withDetail("brokers", nodes.size());
    }
  }

  @Override
  public void destroy() {
    admin.close(Duration.ofSeconds(2));
  }
}
