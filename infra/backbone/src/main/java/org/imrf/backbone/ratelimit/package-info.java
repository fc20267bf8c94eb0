/**
 * Rate limits on public writes, per client address and per email address (Resilience4j): a flood
 * gets 429 with {@code Retry-After} while everyone else is served.
 */
package org.imrf.backbone.ratelimit;
