/** Hearing sessions and requests to speak in registration-service's database. */
package org.imrf.registration.hearing.persistence;
