package org.imrf.registration.hearing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.LivedExperience;
import org.imrf.registration.participant.Regions;

/**
 * The balance of a list of speakers: who is selected, beside who asked, by region, gender,
 * stakeholder category and lived experience, so that organisers can choose a balanced list. Counts
 * only participants who still take part.
 *
 * @param selection the speakers selected
 * @param requests every request, whatever was decided
 */
public record Balance(Tally selection, Tally requests) {

  /** What one request contributes. */
  public record Entry(
      SpeakerRequest.Status status,
      String region,
      String genderBucket,
      Category category,
      LivedExperience livedExperience) {}

  /** How many, and what share of the total (percent, one decimal; 0 of none). */
  public record Share(long count, double percent) {}

  /** Counts of a group of requests. Every possible value is listed, with zero if need be. */
  public record Tally(
      long total,
      Map<String, Share> byRegion,
      Map<String, Share> byGender,
      Map<String, Share> byCategory,
      Map<String, Share> byLivedExperience) {}

  /** Stakeholder categories: the only ones that may ask to speak. */
  private static final List<String> CATEGORIES =
      java.util.Arrays.stream(Category.values())
          .filter(Category::isStakeholder)
          .map(Category::code)
          .toList();

  private static final List<String> REGIONS = regions();

  private static final List<String> LIVED_EXPERIENCE =
      java.util.Arrays.stream(LivedExperience.values()).map(LivedExperience::code).toList();

  public static Balance of(Collection<Entry> entries) {
    List<Entry> selected =
        entries.stream().filter(e -> e.status() == SpeakerRequest.Status.SELECTED).toList();
    return new Balance(tally(selected), tally(List.copyOf(entries)));
  }

  private static Tally tally(List<Entry> entries) {
    long total = entries.size();
    return new Tally(
        total,
        shares(entries, REGIONS, Entry::region),
        shares(entries, Genders.BUCKETS, Entry::genderBucket),
        shares(entries, CATEGORIES, entry -> entry.category().code()),
        shares(entries, LIVED_EXPERIENCE, entry -> entry.livedExperience().code()));
  }

  private static Map<String, Share> shares(
      List<Entry> entries, List<String> values, Function<Entry, String> value) {
    Map<String, Long> counts = new LinkedHashMap<>();
    values.forEach(v -> counts.put(v, 0L));
    entries.forEach(entry -> counts.merge(value.apply(entry), 1L, Long::sum));
    Map<String, Share> shares = new LinkedHashMap<>();
    counts.forEach(
        (key, count) -> shares.put(key, new Share(count, percent(count, entries.size()))));
    return shares;
  }

  private static double percent(long count, long total) {
    return total == 0 ? 0 : Math.round(count * 1000.0 / total) / 10.0;
  }

  private static List<String> regions() {
    TreeSet<String> regions = new TreeSet<>();
    Regions.countries().forEach(country -> regions.add(Regions.of(country)));
    regions.add(Regions.UNKNOWN);
    return List.copyOf(regions);
  }
}
