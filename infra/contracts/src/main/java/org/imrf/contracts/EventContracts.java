package org.imrf.contracts;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The platform's AsyncAPI document, read from the classpath: the topics to create and, for every
 * event type, the schemas its headers and payload must satisfy.
 */
public final class EventContracts {

  /** Where the contracts module puts the AsyncAPI document on the classpath. */
  public static final String ASYNCAPI_LOCATION = "contracts/asyncapi.yaml";

  private static final String BASE = "contracts/";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final JsonNode document;
  private final List<TopicSpec> topics;
  private final Map<String, EventSpec> events;
  private final SchemaRegistry schemaRegistry =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private EventContracts(JsonNode document) {
    this.document = document;
    this.topics = readTopics(document);
    this.events = readEvents(document);
  }

  /** Reads the AsyncAPI document that the contracts module ships. */
  public static EventContracts load() {
    try (InputStream in = resource(ASYNCAPI_LOCATION)) {
      return new EventContracts(YAMLMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + ASYNCAPI_LOCATION, e);
    }
  }

  /** Every topic the platform uses, in document order. */
  public List<TopicSpec> topics() {
    return topics;
  }

  /** Every event type the document declares, keyed by CloudEvents type. */
  public Map<String, EventSpec> events() {
    return events;
  }

  public Optional<EventSpec> event(String type) {
    return Optional.ofNullable(events.get(type));
  }

  /** The AsyncAPI document itself, for tests that check its own consistency. */
  public JsonNode document() {
    return document;
  }

  /**
   * Checks one message against its contract.
   *
   * @param type the message's CloudEvents type
   * @param topic the topic it was sent to
   * @param headers its headers, decoded as UTF-8 strings
   * @param payload its value
   * @return what is wrong; empty when the message satisfies its contract
   */
  public List<ContractViolation> violations(
      String type, String topic, Map<String, String> headers, byte[] payload) {
    EventSpec spec = events.get(type);
    if (spec == null) {
      return List.of(new ContractViolation("type", "ce_type", "undeclared event type " + type));
    }
    List<ContractViolation> found = new ArrayList<>();
    if (!spec.topic().equals(topic)) {
      found.add(
          new ContractViolation(
              "type", "topic", type + " belongs on " + spec.topic() + ", not " + topic));
    }
    ObjectNode headerNode = JSON.createObjectNode();
    headers.forEach(headerNode::put);
    schema(spec.headersSchema())
        .validate(headerNode)
        .forEach(
            e ->
                found.add(
                    new ContractViolation(
                        "headers", e.getInstanceLocation().toString(), e.getMessage())));
    JsonNode body;
    try {
      body = JSON.readTree(payload);
    } catch (RuntimeException e) {
      found.add(new ContractViolation("payload", "$", "not JSON: " + e.getMessage()));
      return found;
    }
    schema(spec.payloadSchema())
        .validate(body)
        .forEach(
            e ->
                found.add(
                    new ContractViolation(
                        "payload", e.getInstanceLocation().toString(), e.getMessage())));
    return found;
  }

  /** The schema at a classpath location of this module (e.g. {@code contracts/schemas/x.json}). */
  public Schema schema(String location) {
    return schemas.computeIfAbsent(
        location,
        where -> {
          try (InputStream in = resource(where)) {
            return schemaRegistry.getSchema(in);
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema " + where, e);
          }
        });
  }

  private static List<TopicSpec> readTopics(JsonNode document) {
    List<TopicSpec> result = new ArrayList<>();
    for (var channel : document.path("channels").properties()) {
      JsonNode kafka = channel.getValue().path("bindings").path("kafka");
      Map<String, String> config = new LinkedHashMap<>();
      for (var setting : kafka.path("topicConfiguration").properties()) {
        JsonNode value = setting.getValue();
        config.put(
            setting.getKey(),
            value.isArray()
                ? String.join(
                    ",",
                    StreamSupport.stream(value.spliterator(), false)
                        .map(JsonNode::asString)
                        .toList())
                : value.asString());
      }
      result.add(
          new TopicSpec(
              required(channel.getValue(), "address").asString(),
              kafka.path("partitions").asInt(1),
              kafka.path("replicas").asInt(1),
              config));
    }
    return List.copyOf(result);
  }

  private static Map<String, EventSpec> readEvents(JsonNode document) {
    Map<String, EventSpec> result = new LinkedHashMap<>();
    for (var channel : document.path("channels").properties()) {
      String topic = required(channel.getValue(), "address").asString();
      for (var message : channel.getValue().path("messages").properties()) {
        JsonNode resolved = resolve(document, message.getValue());
        JsonNode headers = resolved.path("headers");
        if (!headers.has("$ref") || !resolved.path("payload").has("$ref")) {
          continue; // not an event of ours (e.g. a dead letter, whose payload is anything)
        }
        String type = required(resolved, "name").asString();
        result.put(
            type,
            new EventSpec(
                type, topic, schemaLocation(resolved.path("payload")), schemaLocation(headers)));
      }
    }
    return Map.copyOf(result);
  }

  private static JsonNode resolve(JsonNode document, JsonNode node) {
    if (!node.has("$ref")) {
      return node;
    }
    String ref = node.get("$ref").asString();
    if (!ref.startsWith("#/")) {
      throw new IllegalStateException("Only local message references are supported: " + ref);
    }
    JsonNode target = document.at(ref.substring(1));
    if (target.isMissingNode()) {
      throw new IllegalStateException("Unresolved reference " + ref);
    }
    return resolve(document, target);
  }

  private static String schemaLocation(JsonNode refNode) {
    String ref = refNode.get("$ref").asString();
    return BASE + (ref.startsWith("./") ? ref.substring(2) : ref);
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalStateException("AsyncAPI document lacks '" + field + "' in " + node);
    }
    return value;
  }

  private static InputStream resource(String location) throws IOException {
    InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(location);
    if (in == null) {
      throw new IOException(location + " is not on the classpath");
    }
    return in;
  }
}
