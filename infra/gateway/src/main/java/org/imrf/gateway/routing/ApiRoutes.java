package org.imrf.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.util.TreeMap;
import org.imrf.edge.forwarding.GatewaySignature;
import org.imrf.gateway.GatewayProperties;
import org.imrf.gateway.signin.CallerTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code /api/<service>/**} → that service, without the prefix. The gateway's session cookie stays
 * here; the signed-in caller's token goes along as a bearer token; a request that brings its own
 * bearer token (an API client) keeps it. The client's address and the public address go along in
 * signed forwarded headers ({@link ForwardedHeadersSigner}).
 */
@Configuration
@EnableConfigurationProperties(GatewayProperties.class)
class ApiRoutes {

  @Bean
  RouterFunction<ServerResponse> api(GatewayProperties properties, CallerTokens tokens) {
    RouterFunction<ServerResponse> routes = null;
    for (var service : new TreeMap<>(properties.services()).entrySet()) {
      RouterFunction<ServerResponse> route =
          route(service.getKey())
              .route(path("/api/" + service.getKey() + "/**"), http())
              .before(uri(service.getValue()))
              .before(stripPrefix(2))
              .before(removeRequestHeader(HttpHeaders.COOKIE))
              .before(request -> withCallerToken(request, tokens))
              .build();
      routes = routes == null ? route : routes.and(route);
    }
    return routes;
  }

  @Bean
  ForwardedHeadersSigner forwardedHeadersSigner(
      GatewayProperties properties, ObjectProvider<GatewaySignature> signature) {
    return new ForwardedHeadersSigner(properties, signature.getIfAvailable());
  }

  @Bean
  RouteForwardedHeaders routeForwardedHeaders(ForwardedHeadersSigner signer) {
    return new RouteForwardedHeaders(signer);
  }

  private static ServerRequest withCallerToken(ServerRequest request, CallerTokens tokens) {
    if (request.headers().firstHeader(HttpHeaders.AUTHORIZATION) != null) {
      return request;
    }
    return tokens
        .current(request.servletRequest(), request.servletRequest().getSession(false))
        .map(
            token ->
                ServerRequest.from(request)
                    .headers(headers -> headers.setBearerAuth(token))
                    .build())
        .orElse(request);
  }
}
