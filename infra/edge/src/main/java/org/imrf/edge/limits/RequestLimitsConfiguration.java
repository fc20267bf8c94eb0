package org.imrf.edge.limits;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.core.StandardHost;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The request limits in every servlet application of the platform (gateway and services). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RequestLimitsProperties.class)
public class RequestLimitsConfiguration {

  /**
   * Where the limits filter runs: after filters that only observe requests or establish the
   * client's address (a forwarded-headers filter must order itself before this), before anything
   * that reads a body or decides who the caller is.
   */
  public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

  @Bean
  BodyLimits bodyLimits(
      RequestLimitsProperties properties, ObjectProvider<RequestMappingHandlerMapping> mappings) {
    return new BodyLimits(
        properties,
        defaultLimit -> BodyLimits.declaredBy(mappings.orderedStream().toList(), defaultLimit));
  }

  @Bean
  FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(
      RequestLimitsProperties properties,
      BodyLimits bodyLimits,
      ObjectProvider<ClientAddress> clientAddress) {
    FilterRegistrationBean<RequestLimitsFilter> registration =
        new FilterRegistrationBean<>(
            new RequestLimitsFilter(
                properties,
                bodyLimits,
                clientAddress.getIfAvailable(() -> HttpServletRequest::getRemoteAddr)));
    registration.setOrder(FILTER_ORDER);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  /** Tomcat's own limits, in step with the filter's. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
  static class TomcatLimits {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatRequestLimits(
        RequestLimitsProperties properties) {
      return new TomcatRequestLimits(properties);
    }
  }

  static class TomcatRequestLimits
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final RequestLimitsProperties properties;

    TomcatRequestLimits(RequestLimitsProperties properties) {
      this.properties = properties;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      long largestHead = properties.maxUri().toBytes() + properties.maxHeaders().toBytes() + 1024;
      factory.addContextValves(new EdgeValve());
      factory.addContextCustomizers(
          context -> {
            // Tomcat's own answers to what it cannot read, as problem details
            StandardHost host = (StandardHost) context.getParent();
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(new ProblemReportValve(largestHead));
          });
      factory.setProtocol(BoundedNioProtocol.class.getName());
      factory.addConnectorCustomizers(
          connector -> {
            if (connector.getProtocolHandler() instanceof BoundedNioProtocol bounded) {
              bounded.setConnectionsPerClient(properties.connectionsPerClient());
              bounded.setHeadersTimeoutMillis(properties.requestTimeout().toMillis());
            }
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
              http.setConnectionTimeout((int) properties.readTimeout().toMillis());
              http.setKeepAliveTimeout((int) properties.keepAliveTimeout().toMillis());
              // room for any request line and headers within the filter's limits, which then
              // answer those beyond them; Tomcat refuses only what is larger still
              http.setMaxHttpRequestHeaderSize((int) largestHead);
            }
          });
    }

    /** After Boot's own customizer, so that these settings are the ones that hold. */
    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
