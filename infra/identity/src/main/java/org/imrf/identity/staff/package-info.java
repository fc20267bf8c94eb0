/** Staff accounts: who signs in, with which roles, created by organisers. */
package org.imrf.identity.staff;
