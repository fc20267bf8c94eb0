package org.imrf.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.contracts.EventContracts;

/** Asserts that what a producer put on a topic is what {@code infra/contracts} says. */
public final class ContractAssertions {

  private static final EventContracts CONTRACTS = EventContracts.load();

  private ContractAssertions() {}

  public static void assertSatisfiesContract(ConsumerRecord<String, byte[]> record) {
    String type = TopicProbe.header(record, "ce_type");
    assertThat(type).as("ce_type header").isNotNull();
    assertThat(
            CONTRACTS.violations(type, record.topic(), TopicProbe.headers(record), record.value()))
        .as("%s on %s departs from infra/contracts", type, record.topic())
        .isEmpty();
    assertThat(record.key())
        .as("record key is the aggregate id, as ce_subject")
        .isEqualTo(TopicProbe.header(record, "ce_subject"));
  }

  public static EventContracts contracts() {
    return CONTRACTS;
  }
}
