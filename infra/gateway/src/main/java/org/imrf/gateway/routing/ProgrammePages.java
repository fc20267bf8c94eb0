package org.imrf.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
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
 * {@code /programme/{edition}} → registration-service's page of that edition's programme ({@code
 * /editions/{edition}/programme}, {@code ?lang=} kept): the address for people that messages link
 * to. The page is public: neither the session cookie nor a caller's token goes along.
 */
@Configuration
class ProgrammePages {

  @Bean
  RouterFunction<ServerResponse> programmePage(GatewayProperties properties) {
    return route("programme-page")
        .GET("/programme/{edition}", http())
        .before(uri(properties.services().get("registration")))
        .before(setPath("/editions/{edition}/programme"))
        .before(removeRequestHeader(HttpHeaders.COOKIE))
        .before(removeRequestHeader(HttpHeaders.AUTHORIZATION))
        .build();
  }
}
