package org.imrf.notification.webhook;

import java.net.InetAddress;
import java.net.http.HttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookConfiguration {

  @Bean
  EndpointAddresses endpointAddresses(WebhookSettings settings) {
    return new EndpointAddresses(
        settings.allowPrivateAddresses(), settings.allowHttp(), InetAddress::getAllByName);
  }

  /** One client for every endpoint: it never follows a redirect, which could lead inside. */
  @Bean
  HttpClient webhookHttpClient(WebhookSettings settings) {
    return HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }
}
