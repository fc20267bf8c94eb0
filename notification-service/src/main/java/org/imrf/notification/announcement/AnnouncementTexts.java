package org.imrf.notification.announcement;

import org.imrf.backbone.language.MultilingualText;
import org.imrf.notification.notification.Message;
import org.imrf.notification.notification.Templates;
import org.springframework.stereotype.Component;

/**
 * An announcement's text as a reader of a language gets it: theirs when given, else the English one
 * after a notice in their language that it was not translated. The text names no one, so it is
 * rendered once per language, not per recipient.
 */
@Component
class AnnouncementTexts {

  static final String UNTRANSLATED = "announcement.untranslated";

  private final Templates templates;

  AnnouncementTexts(Templates templates) {
    this.templates = templates;
  }

  Preview render(Content content, String language) {
    MultilingualText.Localized subject = content.subject().localized(language);
    MultilingualText.Localized body = content.body().localized(language);
    if (!body.fallback(language)) {
      return new Preview(language, subject.text(), body.text(), true);
    }
    return new Preview(
        language,
        subject.text(),
        templates.phrase(UNTRANSLATED, language) + "\n\n" + body.text(),
        false);
  }

  Message message(Content content, String language) {
    Preview rendered = render(content, language);
    return new Message(rendered.subject(), rendered.body());
  }
}
