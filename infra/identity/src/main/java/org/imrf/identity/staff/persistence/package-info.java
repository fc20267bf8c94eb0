/** Staff accounts in identity-service's database. */
package org.imrf.identity.staff.persistence;
