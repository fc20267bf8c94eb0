package org.imrf.devservices;

/** A reachable Kafka cluster. */
public interface KafkaService extends AutoCloseable {

  String bootstrapServers();

  /** One line for people: what it is and where. */
  String description();

  /** Whether {@link #interrupt()} can take this broker away (not for an external cluster). */
  boolean interruptible();

  /**
   * Takes the broker away, keeping its data, until the returned outage is ended: how tests prove
   * that nothing is lost while Kafka is down.
   *
   * @throws IllegalStateException if the cluster is external
   */
  Outage interrupt();

  /** Stops what this process started; an external cluster is left alone. */
  @Override
  void close();

  /** A broker outage in progress; closing it brings the broker back and waits until it serves. */
  interface Outage extends AutoCloseable {
    @Override
    void close();
  }
}
