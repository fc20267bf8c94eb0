/** Badges and check-ins in registration-service's database. */
package org.imrf.registration.badge.persistence;
