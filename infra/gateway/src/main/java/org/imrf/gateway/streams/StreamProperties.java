package org.imrf.gateway.streams;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many event streams the gateway relays, and how it treats them ({@code
 * imrf.gateway.streams.*}).
 *
 * @param perCaller streams one signed-in caller (a staff account, a participant) may hold open
 * @param perAddress streams one client address may hold open when nobody is signed in (a venue's
 *     visitors may share one address, hence more than per caller)
 * @param total streams open at once through this gateway, whoever opened them: each holds about 120
 *     KB of heap, mostly the buffers of the servlet container's request (docs/benchmarks.md), so
 *     raise it with the heap; and keep it well under Tomcat's connection limit ({@code
 *     server.tomcat.max-connections}, 8,192), so that ordinary requests always find a connection
 * @param keepAlive how long a stream may stay silent before the gateway writes a comment line on
 *     it, which tells a browser that went away from one that is listening
 * @param stallTimeout how long a browser may leave written data unread before its stream ends: the
 *     gateway stops reading from the service meanwhile, and buffers no more than one chunk
 * @param maxDuration the longest any stream stays open (the services end theirs sooner; a browser's
 *     EventSource reconnects by itself)
 * @param connectTimeout how long the gateway waits to connect to the service
 * @param answerTimeout how long the gateway waits for the service's status and headers
 */
@ConfigurationProperties("imrf.gateway.streams")
record StreamProperties(
    @DefaultValue("10") int perCaller,
    @DefaultValue("50") int perAddress,
    @DefaultValue("1500") int total,
    @DefaultValue("15s") Duration keepAlive,
    @DefaultValue("30s") Duration stallTimeout,
    @DefaultValue("1h") Duration maxDuration,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("10s") Duration answerTimeout) {}
