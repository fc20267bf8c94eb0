package org.imrf.notification.webhook.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of endpoints, oldest first. */
@Schema(name = "WebhookEndpointPage")
record EndpointPage(
    List<EndpointResponse> items, int page, int size, long totalItems, long totalPages) {}
