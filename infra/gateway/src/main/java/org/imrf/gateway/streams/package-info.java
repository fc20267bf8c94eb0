/**
 * Server-sent event streams from the services, relayed without holding a request thread each:
 * asynchronous, non-blocking servlet writes towards the browser, the JDK's non-blocking HTTP client
 * towards the service, and a cap on the streams one caller, and everyone, may hold open.
 */
package org.imrf.gateway.streams;
