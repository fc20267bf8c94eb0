/**
 * A real Kafka broker and a real PostgreSQL server for the launcher and the tests, found by one
 * rule: endpoints given explicitly, else Testcontainers when Docker is reachable, else embedded.
 */
package org.imrf.devservices;
