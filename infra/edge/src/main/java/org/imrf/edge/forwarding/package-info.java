/**
 * Forwarded client details (address, public scheme, host, port and path prefix) set by the gateway
 * and signed with the key it shares with the services ({@code IMRF_GATEWAY_KEY}): a service applies
 * them only when the signature holds, and otherwise removes every {@code Forwarded} and {@code
 * X-Forwarded-*} header before anything reads it.
 */
package org.imrf.edge.forwarding;
