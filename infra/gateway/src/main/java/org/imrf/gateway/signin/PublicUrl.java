package org.imrf.gateway.signin;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The gateway's public base URL ({@code IMRF_PUBLIC_URL}): every absolute link the gateway builds
 * starts with it, never with the {@code Host} header a caller sent.
 */
@Component
public class PublicUrl {

  private final String base;

  PublicUrl(@Value("${imrf.gateway.public-url}") String base) {
    URI uri;
    try {
      uri = URI.create(base);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("IMRF_PUBLIC_URL is not a URL: " + base, e);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null
        || base.endsWith("/")
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw new IllegalStateException(
          "IMRF_PUBLIC_URL must be an http(s) address without a trailing slash, query or"
              + " fragment, such as https://forum.example.org; it is "
              + base);
    }
    this.base = base;
  }

  /** The absolute address of a path of the gateway's, such as {@code /}. */
  public String of(String path) {
    return base + path;
  }
}
