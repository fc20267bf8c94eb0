package org.imrf.devservices.kafka;

import org.imrf.devservices.KafkaService;

/** A Kafka cluster given explicitly ({@code IMRF_KAFKA_BOOTSTRAP_SERVERS}); never stopped here. */
public final class ExternalKafka implements KafkaService {

  private final String bootstrapServers;

  public ExternalKafka(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  @Override
  public String bootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public String description() {
    return "Kafka at " + bootstrapServers + " (given by IMRF_KAFKA_BOOTSTRAP_SERVERS)";
  }

  @Override
  public boolean interruptible() {
    return false;
  }

  @Override
  public Outage interrupt() {
    throw new IllegalStateException("An external Kafka cluster is not stopped by the platform");
  }

  @Override
  public void close() {
    // not ours to stop
  }
}
