package org.imrf.notification.edition;

import java.util.Objects;
import org.imrf.backbone.language.MultilingualText;

/**
 * This service's copies of registration-service's edition-scheduled and edition-details-changed,
 * with only what it reads: the titles (English alone in version 1) and the time zone.
 */
final class EditionCopies {

  private EditionCopies() {}

  /** Version 1 of edition-scheduled. */
  record ScheduledV1(String editionId, String title, String timeZone) {
    static final String TYPE = "imrf.edition.scheduled.v1";

    public ScheduledV1 {
      Objects.requireNonNull(editionId, "editionId");
      Objects.requireNonNull(title, "title");
    }

    KnownEdition edition() {
      return new KnownEdition(editionId, MultilingualText.english(title), timeZone);
    }
  }

  /** Version 2 of edition-scheduled: titles in each language given. */
  record ScheduledV2(String editionId, MultilingualText titles, String timeZone) {
    static final String TYPE = "imrf.edition.scheduled.v2";

    public ScheduledV2 {
      Objects.requireNonNull(editionId, "editionId");
      Objects.requireNonNull(titles, "titles");
    }

    KnownEdition edition() {
      return new KnownEdition(editionId, titles, timeZone);
    }
  }

  /** Version 1 of edition-details-changed. */
  record DetailsChangedV1(String editionId, String title) {
    static final String TYPE = "imrf.edition.details-changed.v1";

    public DetailsChangedV1 {
      Objects.requireNonNull(editionId, "editionId");
      Objects.requireNonNull(title, "title");
    }

    KnownEdition edition() {
      return new KnownEdition(editionId, MultilingualText.english(title), null);
    }
  }

  /** Version 2 of edition-details-changed: titles in each language given. */
  record DetailsChangedV2(String editionId, MultilingualText titles) {
    static final String TYPE = "imrf.edition.details-changed.v2";

    public DetailsChangedV2 {
      Objects.requireNonNull(editionId, "editionId");
      Objects.requireNonNull(titles, "titles");
    }

    KnownEdition edition() {
      return new KnownEdition(editionId, titles, null);
    }
  }
}
