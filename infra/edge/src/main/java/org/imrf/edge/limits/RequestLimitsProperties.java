package org.imrf.edge.limits;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one request, and one client, may take of a server ({@code imrf.limits.*}; each also as an
 * environment variable, e.g. {@code IMRF_LIMITS_MAX_BODY=128KB}).
 *
 * @param maxBody the largest request body an endpoint takes unless it declares its own ({@link
 *     RequestBodyLimit}); larger ones are answered 413 before they are read
 * @param maxBodyByPath larger (or smaller) limits by path pattern ({@code
 *     /api/registration/editions/**}), for endpoints this server does not declare itself (the
 *     gateway's routes)
 * @param maxUri the longest request target (path and query string); longer ones are answered 414
 * @param maxHeaders the most bytes of request headers; more are answered 431
 * @param requestTimeout how long a whole request (line, headers and body) may take to arrive; after
 *     it, 408
 * @param readTimeout how long the server waits for the next bytes of a request before giving up
 * @param keepAliveTimeout how long an idle connection stays open for the client's next request
 * @param requestsPerClient how many requests one client address may have in progress at once; more
 *     are answered 429 at once
 * @param connectionsPerClient how many connections one client address may hold open; more are
 *     refused as they are made
 */
@ConfigurationProperties("imrf.limits")
public record RequestLimitsProperties(
    @DefaultValue("64KB") DataSize maxBody,
    Map<String, DataSize> maxBodyByPath,
    @DefaultValue("4KB") DataSize maxUri,
    @DefaultValue("12KB") DataSize maxHeaders,
    @DefaultValue("15s") Duration requestTimeout,
    @DefaultValue("5s") Duration readTimeout,
    @DefaultValue("20s") Duration keepAliveTimeout,
    @DefaultValue("32") int requestsPerClient,
    @DefaultValue("256") int connectionsPerClient) {

  public RequestLimitsProperties {
    maxBodyByPath = maxBodyByPath == null ? Map.of() : Map.copyOf(maxBodyByPath);
  }
}
