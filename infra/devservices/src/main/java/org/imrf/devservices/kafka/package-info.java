/** Kafka for the platform: an embedded KRaft broker, a container, or a cluster given explicitly. */
package org.imrf.devservices.kafka;
