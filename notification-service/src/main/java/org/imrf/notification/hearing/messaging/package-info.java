/** Hearing events arrive from Kafka, each applied once. */
package org.imrf.notification.hearing.messaging;
