/** The badges and check-in API, with the live counts as a server-sent event stream. */
package org.imrf.registration.badge.web;
