package org.imrf.devservices.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.imrf.contracts.TopicSpec;

/**
 * Creates the platform's topics as the contracts declare them: never left to auto-creation, and
 * grown (never shrunk) when the contracts ask for more partitions.
 */
public final class KafkaTopics {

  private KafkaTopics() {}

  /**
   * Makes every topic exist with at least its declared partitions.
   *
   * @return how many topics were created
   */
  public static int ensure(
      String bootstrapServers, List<TopicSpec> topics, Consumer<String> progress) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      int brokers = admin.describeCluster().nodes().get().size();
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = new ArrayList<>();
      for (TopicSpec topic : topics) {
        if (existing.contains(topic.name())) {
          continue;
        }
        short replicas = (short) Math.max(1, Math.min(topic.replicas(), brokers));
        Map<String, String> config = new HashMap<>(topic.config());
        config.putIfAbsent("min.insync.replicas", Integer.toString(Math.min(2, replicas)));
        missing.add(new NewTopic(topic.name(), topic.partitions(), replicas).configs(config));
      }
      if (!missing.isEmpty()) {
        try {
          admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
        missing.forEach(
            t ->
                progress.accept(
                    "created topic "
                        + t.name()
                        + " ("
                        + t.numPartitions()
                        + " partitions, replication "
                        + t.replicationFactor()
                        + ")"));
      }
      growPartitions(admin, topics, existing, progress);
      return missing.size();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot create topics: " + e.getCause().getMessage(), e);
    }
  }

  private static void growPartitions(
      Admin admin, List<TopicSpec> topics, Set<String> existing, Consumer<String> progress)
      throws InterruptedException, ExecutionException {
    List<String> known = topics.stream().map(TopicSpec::name).filter(existing::contains).toList();
    if (known.isEmpty()) {
      return;
    }
    Map<String, TopicDescription> descriptions = admin.describeTopics(known).allTopicNames().get();
    Map<String, NewPartitions> grow = new HashMap<>();
    for (TopicSpec topic : topics) {
      TopicDescription description = descriptions.get(topic.name());
      if (description != null && description.partitions().size() < topic.partitions()) {
        grow.put(topic.name(), NewPartitions.increaseTo(topic.partitions()));
      }
    }
    if (!grow.isEmpty()) {
      admin.createPartitions(grow).all().get();
      grow.forEach(
          (name, partitions) ->
              progress.accept(
                  "grew topic " + name + " to " + partitions.totalCount() + " partitions"));
    }
  }
}
