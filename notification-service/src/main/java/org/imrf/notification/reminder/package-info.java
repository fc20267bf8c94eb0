/**
 * Reminders: before each part of the programme a participant takes part in (their speaking turn at
 * the hearing, the edition's segments), at configured lead times, moved or cancelled when the
 * programme changes, sent once however many instances run.
 */
package org.imrf.notification.reminder;
