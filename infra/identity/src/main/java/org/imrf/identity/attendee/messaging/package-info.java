/** Registration-service's access-link events arrive from Kafka, each applied once. */
package org.imrf.identity.attendee.messaging;
