/**
 * The programme for people: an edition's public page, in the six UN languages, that messages link
 * to (the JSON API is the editions feature's).
 */
package org.imrf.registration.programme;
