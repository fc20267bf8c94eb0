/** The access-links API: ask for a fresh link, replace or revoke one. */
package org.imrf.registration.accesslink.web;
