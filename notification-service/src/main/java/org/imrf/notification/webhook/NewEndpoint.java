package org.imrf.notification.webhook;

import java.util.List;

/** An endpoint to register: checked by the web adapter, and its URL again here. */
public record NewEndpoint(
    String organisation, String url, List<String> kinds, String description) {}
