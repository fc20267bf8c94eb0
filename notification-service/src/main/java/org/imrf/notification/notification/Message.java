package org.imrf.notification.notification;

/** A rendered notification text. */
public record Message(String subject, String body) {}
