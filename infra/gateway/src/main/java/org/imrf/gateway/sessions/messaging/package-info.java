/**
 * Hears the events that end sessions, on {@code registration.participants} and {@code
 * identity.staff}, in a consumer group of this instance's own.
 */
package org.imrf.gateway.sessions.messaging;
