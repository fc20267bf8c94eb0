package org.imrf.registration.directory.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 rows that spreadsheets open safely. */
final class Csv {

  private Csv() {}

  /** One row, CRLF-terminated; fields quoted when they need it. */
  static String row(String... fields) {
    return Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
  }

  private static String field(String value) {
    if (value == null) {
      return "";
    }
    // a cell starting like a formula would be run by the spreadsheet: kept as text
    String text =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
