/** Registration confirmations: everyone who registers hears back, in their own language. */
package org.imrf.notification.confirmation;
