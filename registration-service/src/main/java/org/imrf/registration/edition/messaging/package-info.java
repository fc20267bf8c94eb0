/** Edition events leave through the transactional outbox. */
package org.imrf.registration.edition.messaging;
