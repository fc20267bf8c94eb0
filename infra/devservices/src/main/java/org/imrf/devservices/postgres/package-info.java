/** PostgreSQL for the platform: embedded, in a container, or a server given explicitly. */
package org.imrf.devservices.postgres;
