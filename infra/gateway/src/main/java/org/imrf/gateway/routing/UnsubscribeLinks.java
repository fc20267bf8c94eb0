package org.imrf.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import org.imrf.gateway.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code /unsubscribe/{token}} → notification-service's unsubscribe page (GET) and one-click
 * unsubscribe (POST, RFC 8058), unchanged: the public address of every email's List-Unsubscribe
 * link. The sealed token is the only credential; neither the session cookie nor a caller's token
 * goes along.
 */
@Configuration
class UnsubscribeLinks {

  @Bean
  RouterFunction<ServerResponse> unsubscribeLink(GatewayProperties properties) {
    return route("unsubscribe-link")
        .GET("/unsubscribe/{token}", http())
        .POST("/unsubscribe/{token}", http())
        .before(uri(properties.services().get("notification")))
        .before(removeRequestHeader(HttpHeaders.COOKIE))
        .before(removeRequestHeader(HttpHeaders.AUTHORIZATION))
        .build();
  }
}
