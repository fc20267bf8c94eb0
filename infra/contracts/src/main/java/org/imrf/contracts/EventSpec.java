package org.imrf.contracts;

/**
 * An event type as the contracts declare it.
 *
 * @param type the CloudEvents type, including its version (e.g. {@code
 *     imrf.participant.registered.v1})
 * @param topic the topic it travels on
 * @param payloadSchema classpath location of the payload's JSON Schema
 * @param headersSchema classpath location of the headers' JSON Schema
 */
public record EventSpec(String type, String topic, String payloadSchema, String headersSchema) {}
