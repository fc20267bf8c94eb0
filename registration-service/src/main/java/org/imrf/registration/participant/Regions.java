package org.imrf.registration.participant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Countries and the UN M49 regions they belong to (the Americas split into Latin America and the
 * Caribbean, and Northern America, as UN statistics report them): for regional balance and counts.
 */
public final class Regions {

  /** The region of CLDR's "unknown region", ZZ, which older registrations carry. */
  public static final String UNKNOWN = "unknown";

  private static final Map<String, String> REGION_OF_COUNTRY = load();

  private Regions() {}

  /** Whether this is an ISO 3166-1 alpha-2 code of a country or area. */
  public static boolean isCountry(String code) {
    return code != null && REGION_OF_COUNTRY.containsKey(code);
  }

  public static Set<String> countries() {
    return REGION_OF_COUNTRY.keySet();
  }

  /** The M49 region of a country, e.g. {@code africa}, {@code latin-america-caribbean}. */
  public static String of(String country) {
    return REGION_OF_COUNTRY.getOrDefault(country, UNKNOWN);
  }

  private static Map<String, String> load() {
    try (InputStream in = Regions.class.getResourceAsStream("m49-regions.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Map<String, String> regions = new HashMap<>();
      reader
          .lines()
          .filter(line -> !line.startsWith("#") && !line.startsWith("country,") && !line.isBlank())
          .map(line -> line.split(","))
          .forEach(fields -> regions.put(fields[0], fields[1]));
      return Map.copyOf(regions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
