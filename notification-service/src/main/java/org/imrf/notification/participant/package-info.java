/** What notification-service knows of each participant: its own copy, from their events. */
package org.imrf.notification.participant;
