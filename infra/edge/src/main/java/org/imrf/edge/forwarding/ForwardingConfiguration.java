package org.imrf.edge.forwarding;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

/**
 * The {@link GatewaySignature} under {@code IMRF_GATEWAY_KEY} (when one is given), and in every
 * service the {@link GatewayForwardedHeadersFilter} that trusts forwarded headers only with it. The
 * gateway, which sets those headers rather than receiving them, turns the filter off ({@code
 * imrf.edge.forwarded-from-gateway=false}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(GatewayKeyProperties.class)
public class ForwardingConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ForwardingConfiguration.class);

  /**
   * None (a null bean, which {@code ObjectProvider.getIfAvailable()} answers as absent) without a
   * key: decided when the service starts, since bean conditions are fixed when the jar is
   * AOT-processed.
   */
  @Bean
  GatewaySignature gatewaySignature(GatewayKeyProperties properties, ObjectProvider<Clock> clock) {
    if (!StringUtils.hasText(properties.key())) {
      return null;
    }
    return new GatewaySignature(
        properties.key(), properties.signatureValidity(), clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  @ConditionalOnProperty(
      name = "imrf.edge.forwarded-from-gateway",
      havingValue = "true",
      matchIfMissing = true)
  FilterRegistrationBean<GatewayForwardedHeadersFilter> gatewayForwardedHeadersFilter(
      ObjectProvider<GatewaySignature> signature) {
    GatewaySignature key = signature.getIfAvailable();
    if (key == null) {
      log.warn(
          "IMRF_GATEWAY_KEY is not set: forwarded headers are ignored, and behind the gateway"
              + " every client counts as the gateway's address");
    }
    FilterRegistrationBean<GatewayForwardedHeadersFilter> registration =
        new FilterRegistrationBean<>(new GatewayForwardedHeadersFilter(key));
    registration.setOrder(GatewayForwardedHeadersFilter.ORDER);
    registration.setName("gatewayForwardedHeadersFilter");
    return registration;
  }
}
