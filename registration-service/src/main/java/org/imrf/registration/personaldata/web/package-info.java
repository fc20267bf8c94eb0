/** The personal-data API: the export a participant downloads, and erasure. */
package org.imrf.registration.personaldata.web;
