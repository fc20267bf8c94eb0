/** Access link hashes in identity-service's database. */
package org.imrf.identity.attendee.persistence;
