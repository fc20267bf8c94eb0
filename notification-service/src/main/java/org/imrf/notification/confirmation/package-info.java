/**
 * Confirmations: everyone who registers hears back in their own language, with their personal
 * access link (sent on {@code access-link-issued} at registration); a fresh link, and a
 * cancellation, are confirmed too.
 */
package org.imrf.notification.confirmation;
