/**
 * The first uses of access links, from identity-service, each applied once: they end older links.
 */
package org.imrf.registration.accesslink.messaging;
