package org.imrf.backbone;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code imrf-backbone-defaults.yml} as the lowest-precedence configuration, so that every
 * service runs with the platform's conventions and each service's own {@code application.yml} stays
 * small; anything there, or in environment variables, overrides these defaults.
 */
public class BackboneDefaults implements EnvironmentPostProcessor {

  static final String LOCATION = "imrf-backbone-defaults.yml";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    try {
      new YamlPropertySourceLoader()
          .load("imrf-backbone-defaults", new ClassPathResource(LOCATION))
          .forEach(source -> environment.getPropertySources().addLast(source));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + LOCATION, e);
    }
  }
}
