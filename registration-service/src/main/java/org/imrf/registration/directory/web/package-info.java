/** The directory API: search, counts, CSV export and the public participant list. */
package org.imrf.registration.directory.web;
