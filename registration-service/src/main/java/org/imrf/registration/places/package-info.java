/** In-person places: the per-organisation cap, the waiting list and its promotions. */
package org.imrf.registration.places;
