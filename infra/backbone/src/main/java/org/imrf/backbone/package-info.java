/**
 * What every IMRF service shares: the event backbone (outbox, idempotent inbox, CloudEvents), the
 * web error model and the operational conventions.
 */
package org.imrf.backbone;
