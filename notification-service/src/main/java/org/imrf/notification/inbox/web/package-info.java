/** The inbox API: a participant's inbox, read and unread, and its live stream. */
package org.imrf.notification.inbox.web;
