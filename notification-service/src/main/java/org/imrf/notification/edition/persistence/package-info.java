/** Known editions in notification-service's database. */
package org.imrf.notification.edition.persistence;
