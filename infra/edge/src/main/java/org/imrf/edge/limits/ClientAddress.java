package org.imrf.edge.limits;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request's client is, for the limits per client. By default the address the request came
 * from as the server sees it (after any forwarded-headers filter it trusts); a server behind a
 * proxy of its own may declare a bean that knows better.
 */
@FunctionalInterface
public interface ClientAddress {

  String of(HttpServletRequest request);
}
