package org.imrf.backbone.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** Our CloudEvents headers, checked against the CloudEvents SDK's Kafka protocol binding. */
class CloudEventTest {

  private final CloudEvent event =
      new CloudEvent(
          UUID.fromString("8f0b7a8e-3c1e-4f55-9a39-5d1d3c6f1a20"),
          "/imrf/registration-service",
          "imrf.participant.registered.v1",
          "0b6f5a57-2d55-4a7c-9e0b-4f4a3c1f7b11",
          Instant.parse("2026-03-02T14:05:11.204Z"));

  @Test
  void theSdkReadsWhatWeWriteAsABinaryModeCloudEvent() {
    RecordHeaders headers = new RecordHeaders();
    event.writeTo(headers);
    byte[] payload = "{\"name\":\"ليلى\"}".getBytes(StandardCharsets.UTF_8);
    var record = new ConsumerRecord<>("registration.participants", 0, 0, "key", payload);
    headers.forEach(header -> record.headers().add(header));

    io.cloudevents.CloudEvent read = KafkaMessageFactory.createReader(record).toEvent();

    assertThat(read.getSpecVersion().toString()).isEqualTo("1.0");
    assertThat(read.getId()).isEqualTo(event.id().toString());
    assertThat(read.getSource()).isEqualTo(URI.create(event.source()));
    assertThat(read.getType()).isEqualTo(event.type());
    assertThat(read.getSubject()).isEqualTo(event.subject());
    assertThat(read.getTime().toInstant()).isEqualTo(event.time());
    assertThat(read.getDataContentType()).isEqualTo("application/json");
    assertThat(read.getData().toBytes()).isEqualTo(payload);
  }

  @Test
  void weReadWhatTheSdkWrites() {
    io.cloudevents.CloudEvent written =
        CloudEventBuilder.v1()
            .withId(event.id().toString())
            .withSource(URI.create(event.source()))
            .withType(event.type())
            .withSubject(event.subject())
            .withTime(OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC))
            .withDataContentType("application/json")
            .withData("{}".getBytes(StandardCharsets.UTF_8))
            .build();
    ProducerRecord<Void, byte[]> record =
        KafkaMessageFactory.createWriter("registration.participants").writeBinary(written);
    Map<String, Object> headers = new HashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), header.value());
    }

    assertThat(CloudEvent.readFrom(headers)).isEqualTo(event);
  }

  @Test
  void headersReceivedAsStringsAreReadToo() {
    Map<String, Object> headers =
        Map.of(
            "ce_specversion", "1.0",
            "ce_id", event.id().toString(),
            "ce_source", event.source(),
            "ce_type", event.type(),
            "ce_subject", event.subject(),
            "ce_time", "2026-03-02T14:05:11.204Z");

    assertThat(CloudEvent.readFrom(headers)).isEqualTo(event);
  }

  @Test
  void aMissingOrUnreadableAttributeIsMalformed() {
    assertThatThrownBy(() -> CloudEvent.readFrom(Map.of()))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("ce_specversion");
    assertThatThrownBy(
            () ->
                CloudEvent.readFrom(
                    Map.of(
                        "ce_specversion", "1.0",
                        "ce_id", "not-a-uuid",
                        "ce_source", "/x",
                        "ce_type", "t",
                        "ce_subject", "s",
                        "ce_time", "2026-03-02T14:05:11Z")))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("ce_id");
  }

  @Test
  void theEventTypeCarriesItsVersion() {
    assertThat(DomainEvent.typeOf(Sample.class)).isEqualTo("imrf.sample.happened.v3");
    assertThatThrownBy(() -> DomainEvent.typeOf(Unnamed.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @EventType(name = "imrf.sample.happened", version = 3)
  record Sample(String id) implements DomainEvent {
    @Override
    public String aggregateId() {
      return id;
    }

    @Override
    public Instant occurredAt() {
      return Instant.EPOCH;
    }
  }

  record Unnamed(String id) implements DomainEvent {
    @Override
    public String aggregateId() {
      return id;
    }

    @Override
    public Instant occurredAt() {
      return Instant.EPOCH;
    }
  }
}
