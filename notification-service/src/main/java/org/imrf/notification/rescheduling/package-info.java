/** Reschedulings: every participant of an edition hears when its dates or programme change. */
package org.imrf.notification.rescheduling;
