package org.imrf.edge.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

class ForwardingConfigurationTest {

  final WebApplicationContextRunner service =
      new WebApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ForwardingConfiguration.class));

  @Test
  void aServiceGivenTheKeyChecksForwardedHeadersWithIt() {
    service
        .withPropertyValues("imrf.gateway.key=" + GatewaySignatureTest.KEY)
        .run(
            context -> {
              assertThat(context).hasSingleBean(GatewaySignature.class);
              assertThat(context.getBean(FilterRegistrationBean.class).getFilter())
                  .isInstanceOf(GatewayForwardedHeadersFilter.class);
            });
  }

  @Test
  void aServiceWithoutAKeyStillRemovesForwardedHeaders() {
    service
        .withPropertyValues("imrf.gateway.key=")
        .run(
            context -> {
              // decided at start, not by a condition (fixed once AOT-processed): a null bean
              assertThat(context.getBeanProvider(GatewaySignature.class).getIfAvailable()).isNull();
              assertThat(context.getBean(FilterRegistrationBean.class).getFilter())
                  .isInstanceOf(GatewayForwardedHeadersFilter.class);
            });
  }

  @Test
  void theGatewaySignsButDoesNotReceive() {
    service
        .withPropertyValues(
            "imrf.gateway.key=" + GatewaySignatureTest.KEY,
            "imrf.edge.forwarded-from-gateway=false")
        .run(
            context -> {
              assertThat(context).hasSingleBean(GatewaySignature.class);
              assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
            });
  }

  @Test
  void aKeyTooShortStopsTheStart() {
    service
        .withPropertyValues("imrf.gateway.key=" + GatewaySignatureTest.base64("short"))
        .run(context -> assertThat(context).hasFailed());
  }
}
