/** Badge and check-in events leave through the transactional outbox. */
package org.imrf.registration.badge.messaging;
