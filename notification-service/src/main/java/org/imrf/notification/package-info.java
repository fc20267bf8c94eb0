/** notification-service: what attendees hear from the forum. One package per feature. */
package org.imrf.notification;
