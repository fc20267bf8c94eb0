/**
 * Sealing: a field of an event that only services holding the platform's sealing key can read, such
 * as a participant's personal access link on its way to notification-service.
 */
package org.imrf.backbone.sealing;
