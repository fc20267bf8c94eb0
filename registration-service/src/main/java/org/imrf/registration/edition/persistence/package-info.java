/** Editions in registration-service's database. */
package org.imrf.registration.edition.persistence;
