/** Edition events arrive from Kafka, each applied once. */
package org.imrf.notification.rescheduling.messaging;
