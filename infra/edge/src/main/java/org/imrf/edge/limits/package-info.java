/**
 * Bounds on what one request and one client may take of a server, applied before the application
 * reads anything: body size (413), request target and header size (414, 431), time to arrive (408),
 * requests and connections per client (429, refused), and well-formed text in bodies (400).
 */
package org.imrf.edge.limits;
