/** Notifications in notification-service's database. */
package org.imrf.notification.notification.persistence;
