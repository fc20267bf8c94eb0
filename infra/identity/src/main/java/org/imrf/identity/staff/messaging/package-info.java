/** Staff account events leave through the outbox. */
package org.imrf.identity.staff.messaging;
