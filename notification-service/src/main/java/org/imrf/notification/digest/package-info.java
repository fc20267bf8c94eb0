/**
 * The daily digest: one email a day, in each participant's morning, summarising the messages whose
 * own email was held for it; claimed participant by participant, so that two instances never send
 * the same digest.
 */
package org.imrf.notification.digest;
