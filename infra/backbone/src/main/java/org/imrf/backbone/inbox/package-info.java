/**
 * Idempotent consumption: each event's id is stored with its effect, in one transaction, so a
 * redelivered event has no second effect; unreadable events go to the dead-letter topic.
 */
package org.imrf.backbone.inbox;
