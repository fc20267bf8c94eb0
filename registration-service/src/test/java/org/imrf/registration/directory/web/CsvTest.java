package org.imrf.registration.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
    assertThat(Csv.row("Amal, Nasser", "Say \"hi\"", "two\nlines", "plain"))
        .isEqualTo("\"Amal, Nasser\",\"Say \"\"hi\"\"\",\"two\nlines\",plain\r\n");
  }

  @Test
  void aCellThatASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
    assertThat(Csv.row("=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "a=b"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\",'+1,'-2,'@SUM(A1),a=b\r\n");
  }

  @Test
  void anAbsentFieldIsEmpty() {
    assertThat(Csv.row("a", null, "c")).isEqualTo("a,,c\r\n");
  }
}
