/** registration-service: where every attendee enters the forum. One package per feature. */
package org.imrf.registration;
