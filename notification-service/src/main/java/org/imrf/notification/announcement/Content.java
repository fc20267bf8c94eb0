package org.imrf.notification.announcement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.backbone.web.FieldError;
import org.imrf.backbone.web.InvalidFields;

/**
 * What an announcement says and to whom, checked: the edition, subject and body in the same
 * languages (English among them), and filters of known codes only.
 */
record Content(String editionId, MultilingualText subject, MultilingualText body, Filters filters) {

  static final int SUBJECT_LENGTH = 200;
  static final int BODY_LENGTH = 20_000;

  /** Who the participant takes part as, as participant-registered says. */
  static final List<String> CATEGORIES =
      List.of(
          "member-state",
          "observer-state",
          "un-system",
          "intergovernmental-organisation",
          "national-human-rights-institution",
          "civil-society-ecosoc",
          "civil-society-special-accreditation",
          "migrant-diaspora-organisation",
          "trade-union",
          "private-sector",
          "academia",
          "local-regional-authority",
          "media");

  static final List<String> ATTENDANCES = List.of("in-person", "online", "waiting-list");

  private static final Pattern EDITION = Pattern.compile("imrf-[0-9]{4}");

  /**
   * The filters: an empty one picks everyone.
   *
   * @param regions codes of {@link RegionalGroup}
   */
  record Filters(
      List<String> categories,
      List<String> languages,
      List<String> attendances,
      List<String> regions) {

    Filters {
      categories = List.copyOf(categories);
      languages = List.copyOf(languages);
      attendances = List.copyOf(attendances);
      regions = List.copyOf(regions);
    }

    /** The countries of the regions chosen; empty when none is. */
    Set<String> countries() {
      Set<String> countries = new LinkedHashSet<>();
      regions.forEach(
          region ->
              countries.addAll(
                  Coded.ofCode(RegionalGroup.class, region).orElseThrow().countries()));
      return countries;
    }
  }

  /**
   * Checks a draft.
   *
   * @throws InvalidFields naming each field that breaks a rule
   */
  static Content read(AnnouncementDraft draft) {
    List<FieldError> errors = new ArrayList<>();
    if (draft.editionId() == null) {
      errors.add(new FieldError("editionId", "is required"));
    } else if (!EDITION.matcher(draft.editionId()).matches()) {
      errors.add(new FieldError("editionId", "must be an edition id such as imrf-2026"));
    }
    MultilingualText subject = text("subject", draft.subject(), SUBJECT_LENGTH, false, errors);
    MultilingualText body = text("body", draft.body(), BODY_LENGTH, true, errors);
    if (subject != null && body != null) {
      sameLanguages("body", body, "subject", subject, errors);
      sameLanguages("subject", subject, "body", body, errors);
    }
    Filters filters =
        new Filters(
            codes("categories", draft.categories(), CATEGORIES, errors),
            codes("languages", draft.languages(), UnLanguages.CODES, errors),
            codes("attendances", draft.attendances(), ATTENDANCES, errors),
            codes("regions", draft.regions(), Coded.codes(RegionalGroup.class), errors));
    if (!errors.isEmpty()) {
      throw new InvalidFields(errors);
    }
    return new Content(draft.editionId(), subject, body, filters);
  }

  private static MultilingualText text(
      String field,
      Map<String, String> given,
      int maxLength,
      boolean multiline,
      List<FieldError> errors) {
    if (given == null) {
      errors.add(new FieldError(field, "is required, with its English text at least"));
      return null;
    }
    return MultilingualText.read(field, given, maxLength, multiline, errors);
  }

  /** A subject in French needs a body in French: a reader gets both in one language. */
  private static void sameLanguages(
      String field,
      MultilingualText text,
      String otherField,
      MultilingualText other,
      List<FieldError> errors) {
    for (String language : other.languages()) {
      if (!text.languages().contains(language)) {
        errors.add(
            new FieldError(
                field + "." + language,
                "is required: the " + otherField + " is given in this language"));
      }
    }
  }

  private static List<String> codes(
      String field, List<String> given, List<String> known, List<FieldError> errors) {
    if (given == null) {
      return List.of();
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String code = given.get(i);
      if (code == null || !known.contains(code)) {
        errors.add(
            new FieldError(field + "[" + i + "]", "must be one of " + String.join(", ", known)));
      } else {
        codes.add(code);
      }
    }
    return List.copyOf(codes);
  }
}
