package org.imrf.gateway.routing;

import org.imrf.edge.forwarding.ForwardedHeaders;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * {@link ForwardedHeadersSigner} on every route to a service (whose id is the service's name),
 * applied last of the proxy's header filters so that no other one adds or removes a forwarding
 * header after it.
 */
class RouteForwardedHeaders implements HttpHeadersFilter.RequestHttpHeadersFilter, Ordered {

  private final ForwardedHeadersSigner signer;

  RouteForwardedHeaders(ForwardedHeadersSigner signer) {
    this.signer = signer;
  }

  @Override
  public HttpHeaders apply(HttpHeaders headers, ServerRequest request) {
    Object service = request.attributes().get(MvcUtils.GATEWAY_ROUTE_ID_ATTR);
    if (!(service instanceof String name)) {
      return ForwardedHeaders.withoutForwarding(headers);
    }
    return signer.sign(headers, request.servletRequest(), name);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
