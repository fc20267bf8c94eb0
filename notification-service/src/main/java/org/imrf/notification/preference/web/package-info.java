/** The preferences API: a participant's own, and the kinds of message they choose among. */
package org.imrf.notification.preference.web;
