package org.imrf.backbone.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Consumer-side settings ({@code imrf.inbox.*}).
 *
 * @param deadLetterTopic where this service's consumers put what they cannot process; required once
 *     a service consumes anything
 * @param deadLetterPartitions partitions of the dead-letter topic, as {@code infra/contracts}
 *     declares them
 * @param retention how long processed-event ids are kept: longer than any topic keeps its records,
 *     so that a replay from the beginning is still deduplicated
 * @param cleanupInterval how often older ids are deleted
 */
@ConfigurationProperties("imrf.inbox")
public record InboxProperties(
    String deadLetterTopic,
    @DefaultValue("3") int deadLetterPartitions,
    @DefaultValue("45d") Duration retention,
    @DefaultValue("1h") Duration cleanupInterval) {}
