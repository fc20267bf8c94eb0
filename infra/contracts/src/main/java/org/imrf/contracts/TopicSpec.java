package org.imrf.contracts;

import java.util.Map;

/**
 * A topic as the contracts declare it.
 *
 * @param name the topic's address
 * @param partitions partitions to create
 * @param replicas replication wanted in production; capped at the number of brokers on creation
 * @param config topic-level configuration (e.g. {@code retention.ms})
 */
public record TopicSpec(String name, int partitions, int replicas, Map<String, String> config) {

  public TopicSpec {
    config = Map.copyOf(config);
  }
}
