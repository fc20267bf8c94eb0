package org.imrf.notification.webhook;

/**
 * The staff member who registers an endpoint, and whom to tell when it is disabled.
 *
 * @param subject their token's subject
 * @param name their name, if known
 * @param email their address, if known
 */
public record Registrant(String subject, String name, String email) {}
