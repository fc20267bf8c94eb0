/** The editions API: the programme for everyone, changes for organisers. */
package org.imrf.registration.edition.web;
