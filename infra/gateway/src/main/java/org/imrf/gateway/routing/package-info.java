/** The routes to the services, each relaying the caller's token. */
package org.imrf.gateway.routing;
