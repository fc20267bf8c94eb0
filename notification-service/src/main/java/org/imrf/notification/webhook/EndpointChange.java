package org.imrf.notification.webhook;

import java.util.List;

/** A change to an endpoint; a null field stays as it is. Enabling it clears its failures. */
public record EndpointChange(String url, List<String> kinds, String description, Boolean enabled) {}
