package org.imrf.testing;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a service's database holds about a request: every row, in any table, whose text (or bytes)
 * mentions a marker the request carried. A refused request leaves none.
 */
public final class StoredRows {

  private StoredRows() {}

  /** The tables with rows mentioning {@code marker}, and how many each. */
  public static Map<String, Long> mentioning(JdbcClient jdbc, String marker) {
    String text = "%" + marker + "%";
    String bytes = "%" + HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8)) + "%";
    List<String> tables =
        jdbc.sql(
                """
                select format('%I.%I', table_schema, table_name) from information_schema.tables
                where table_type = 'BASE TABLE'
                  and table_schema not in ('pg_catalog', 'information_schema')
                order by 1
                """)
            .query(String.class)
            .list();
    Map<String, Long> mentioning = new LinkedHashMap<>();
    for (String table : tables) {
      // a row as text shows its bytea columns in hex
      long rows =
          jdbc.sql("select count(*) from " + table + " t where t::text like ? or t::text like ?")
              .params(text, bytes)
              .query(Long.class)
              .single();
      if (rows > 0) {
        mentioning.put(table, rows);
      }
    }
    return mentioning;
  }
}
