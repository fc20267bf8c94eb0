/**
 * Organisers' lists and counts of an edition's participants, the CSV export and the public list.
 */
package org.imrf.registration.directory;
