/**
 * The gateway: routes {@code /api/<service>/**} to the services, and for browsers is the
 * backend-for-frontend that signs people in and relays their tokens. It is not the security
 * boundary: every service checks every request itself.
 */
package org.imrf.gateway;
