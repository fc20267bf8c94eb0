package org.imrf.notification.email;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A notification's text as an HTML email: everything from the notification escaped, its links made
 * links, its paragraphs kept, in its language and direction; nothing it says can become markup.
 */
final class EmailHtml {

  /** What never belongs to an address: space, markup, and the marks that isolate inserted text. */
  private static final String NOT_IN_LINK = "\\s<>\"\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";

  /** An address in a text, less the punctuation that ends a sentence after it. */
  private static final Pattern LINK =
      Pattern.compile("https?://[^" + NOT_IN_LINK + "]*[^" + NOT_IN_LINK + ".,;:!?)\\]»”’]");

  private EmailHtml() {}

  /**
   * @param unsubscribe the link under the message and its text, or null for a message that has none
   */
  static String render(
      String language,
      String direction,
      String subject,
      String body,
      String unsubscribeUrl,
      String unsubscribeText) {
    StringBuilder html = new StringBuilder(body.length() * 2 + 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(escape(language))
        .append("\" dir=\"")
        .append(escape(direction))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(subject))
        .append("</title>\n</head>\n")
        // inline styles only: mail programs drop style sheets
        .append("<body style=\"margin:0;padding:24px;font-family:Arial,'Noto Sans',sans-serif;")
        .append("font-size:16px;line-height:1.5;color:#1a1a1a;background:#ffffff\">\n")
        .append("<div dir=\"")
        .append(escape(direction))
        .append("\" style=\"max-width:640px;text-align:start\">\n");
    for (String paragraph : body.strip().split("\\R\\s*\\R")) {
      html.append("<p style=\"margin:0 0 16px\">")
          .append(linked(paragraph.strip()).replaceAll("\\R", "<br>\n"))
          .append("</p>\n");
    }
    if (unsubscribeUrl != null) {
      html.append("<hr style=\"border:none;border-top:1px solid #d0d0d0;margin:24px 0 12px\">\n")
          .append("<p style=\"margin:0;font-size:13px;color:#555555\"><a href=\"")
          .append(escape(unsubscribeUrl))
          .append("\" style=\"color:#555555\">")
          .append(escape(unsubscribeText))
          .append("</a></p>\n");
    }
    return html.append("</div>\n</body>\n</html>\n").toString();
  }

  /** Escapes a text and makes each address in it a link. */
  private static String linked(String text) {
    StringBuilder out = new StringBuilder();
    Matcher links = LINK.matcher(text);
    int from = 0;
    while (links.find()) {
      out.append(escape(text.substring(from, links.start())));
      String url = links.group();
      // an address is isolated from the text around it: Latin in an Arabic sentence stays whole
      out.append("<a href=\"")
          .append(escape(url))
          .append("\" dir=\"ltr\" style=\"color:#0b5cad;unicode-bidi:isolate\">")
          .append(escape(url))
          .append("</a>");
      from = links.end();
    }
    return out.append(escape(text.substring(from))).toString();
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
