/**
 * Preferences: what each participant chose to hear, on which channel, in which language, and how
 * often; changed through the API, the access link and one-click unsubscribe links.
 */
package org.imrf.notification.preference;
