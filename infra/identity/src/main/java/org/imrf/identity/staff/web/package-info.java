/** The staff accounts API, for organisers. */
package org.imrf.identity.staff.web;
