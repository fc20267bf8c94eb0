package org.imrf.backbone.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents 1.0 context attributes the platform sets on every event, and their Kafka binary
 * mode form: one {@code ce_*} header each, the payload JSON in the record value.
 *
 * @param id unique per event and stable across redeliveries
 * @param source the producing service, e.g. {@code /imrf/registration-service}
 * @param type event name and version
 * @param subject id of the aggregate
 * @param time when the state change happened
 */
public record CloudEvent(UUID id, String source, String type, String subject, Instant time) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/json";

  static final String ID = "ce_id";
  static final String SOURCE = "ce_source";
  static final String TYPE = "ce_type";
  static final String SUBJECT = "ce_subject";
  static final String TIME = "ce_time";
  static final String SPECVERSION = "ce_specversion";
  static final String CONTENT_TYPE_HEADER = "content-type";

  public CloudEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(time, "time");
  }

  /** Writes the attributes as Kafka headers (binary content mode). */
  public void writeTo(Headers headers) {
    put(headers, SPECVERSION, SPEC_VERSION);
    put(headers, ID, id.toString());
    put(headers, SOURCE, source);
    put(headers, TYPE, type);
    put(headers, SUBJECT, subject);
    put(headers, TIME, DateTimeFormatter.ISO_INSTANT.format(time));
    put(headers, CONTENT_TYPE_HEADER, CONTENT_TYPE);
  }

  /**
   * Reads the attributes from the headers of a received message, whose values may arrive as bytes
   * or as strings depending on the header mapper.
   *
   * @throws MalformedEventException if an attribute is missing or unreadable
   */
  public static CloudEvent readFrom(Map<String, ?> headers) {
    String specVersion = text(headers, SPECVERSION);
    if (!SPEC_VERSION.equals(specVersion)) {
      throw new MalformedEventException(
          "unsupported " + SPECVERSION + " '" + specVersion + "', expected " + SPEC_VERSION);
    }
    UUID id;
    try {
      id = UUID.fromString(text(headers, ID));
    } catch (IllegalArgumentException e) {
      throw new MalformedEventException(ID + " is not a UUID", e);
    }
    Instant time;
    try {
      time = Instant.parse(text(headers, TIME));
    } catch (DateTimeParseException e) {
      throw new MalformedEventException(TIME + " is not an RFC 3339 timestamp", e);
    }
    return new CloudEvent(
        id, text(headers, SOURCE), text(headers, TYPE), text(headers, SUBJECT), time);
  }

  private static String text(Map<String, ?> headers, String name) {
    Object value = headers.get(name);
    String text =
        value instanceof byte[] bytes
            ? new String(bytes, StandardCharsets.UTF_8)
            : value instanceof Header header
                ? new String(header.value(), StandardCharsets.UTF_8)
                : value == null ? null : value.toString();
    if (text == null || text.isBlank()) {
      throw new MalformedEventException("missing header " + name);
    }
    return text;
  }

  private static void put(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
