package org.imrf.gateway.signin;

import org.imrf.gateway.GatewayProperties;
import org.springframework.stereotype.Component;

/**
 * The gateway's public base URL ({@code IMRF_PUBLIC_URL}, checked by {@link GatewayProperties}):
 * every absolute link the gateway builds starts with it, never with the {@code Host} header a
 * caller sent.
 */
@Component
public class PublicUrl {

  private final String base;

  PublicUrl(GatewayProperties properties) {
    String url = properties.publicUrl().toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The absolute address of a path of the gateway's, such as {@code /}. */
  public String of(String path) {
    return base + path;
  }
}
