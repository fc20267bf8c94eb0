/**
 * Webhooks: endpoints that organisers register per organisation, to which every notification for a
 * participant of that organisation is posted, signed per the Standard Webhooks specification, never
 * to an address inside the platform's network, and disabled after repeated failure.
 */
package org.imrf.notification.webhook;
