package org.imrf.notification.participant;

import java.util.UUID;

/** A participant as a message to many needs them: who, where to write, in which language. */
public record Recipient(UUID id, String name, String email, String language) {}
