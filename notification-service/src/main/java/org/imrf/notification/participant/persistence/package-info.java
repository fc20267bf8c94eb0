/** Known participants in notification-service's database. */
package org.imrf.notification.participant.persistence;
