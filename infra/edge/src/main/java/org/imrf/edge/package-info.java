/**
 * The platform's HTTP edge, shared by the gateway and every service: what a request must satisfy
 * before the application reads it.
 */
package org.imrf.edge;
