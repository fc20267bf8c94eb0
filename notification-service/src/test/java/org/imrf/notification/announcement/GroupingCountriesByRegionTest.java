package org.imrf.notification.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupingCountriesByRegionTest {

  @Test
  void eachCountryIsInTheRegionalGroupItVotesWith() {
    assertThat(RegionalGroup.of("NG")).contains(RegionalGroup.AFRICA);
    assertThat(RegionalGroup.of("PH")).contains(RegionalGroup.ASIA_PACIFIC);
    assertThat(RegionalGroup.of("CY")).contains(RegionalGroup.ASIA_PACIFIC);
    assertThat(RegionalGroup.of("RU")).contains(RegionalGroup.EASTERN_EUROPE);
    assertThat(RegionalGroup.of("MX")).contains(RegionalGroup.LATIN_AMERICA_CARIBBEAN);
    // the United States and Türkiye count with the Western European and Others Group for elections
    assertThat(RegionalGroup.of("US")).contains(RegionalGroup.WESTERN_EUROPE_OTHERS);
    assertThat(RegionalGroup.of("TR")).contains(RegionalGroup.WESTERN_EUROPE_OTHERS);
    assertThat(RegionalGroup.of("IL")).contains(RegionalGroup.WESTERN_EUROPE_OTHERS);
  }

  @Test
  void theHolySeeAndTerritoriesAreInNoGroup() {
    assertThat(RegionalGroup.of("VA")).isEmpty();
    assertThat(RegionalGroup.of("HK")).isEmpty();
    assertThat(RegionalGroup.of("PR")).isEmpty();
  }

  @Test
  void the193MemberStatesAndPalestineAreEachInExactlyOneGroup() {
    List<String> all = new ArrayList<>();
    Arrays.stream(RegionalGroup.values()).forEach(group -> all.addAll(group.countries()));

    assertThat(all).doesNotHaveDuplicates().hasSize(193 + 1);
    assertThat(Set.of(Locale.getISOCountries())).containsAll(all);
    assertThat(RegionalGroup.AFRICA.countries()).hasSize(54);
    assertThat(RegionalGroup.EASTERN_EUROPE.countries()).hasSize(23);
    assertThat(RegionalGroup.LATIN_AMERICA_CARIBBEAN.countries()).hasSize(33);
  }
}
