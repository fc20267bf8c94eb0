package org.imrf.registration.edition;

/**
 * A forum edition.
 *
 * @param id stable identifier, e.g. {@code imrf-2026}
 * @param title its name for people
 */
public record Edition(String id, String title) {}
