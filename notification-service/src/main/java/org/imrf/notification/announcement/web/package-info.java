/** The announcements API, for organisers. */
package org.imrf.notification.announcement.web;
