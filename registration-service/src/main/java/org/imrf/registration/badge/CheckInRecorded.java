package org.imrf.registration.badge;

/**
 * Someone was checked in on this instance (published within its transaction): the live counts of
 * the edition changed.
 */
public record CheckInRecorded(String editionId) {}
