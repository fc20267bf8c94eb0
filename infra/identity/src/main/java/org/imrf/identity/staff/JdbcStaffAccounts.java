package org.imrf.identity.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStaffAccounts implements StaffAccounts {

  private final JdbcClient jdbc;

  JdbcStaffAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<StaffAccount> find(String username) {
    return jdbc.sql("select * from staff_account where username = :username")
        .param("username", username)
        .query(JdbcStaffAccounts::account)
        .optional();
  }

  @Override
  public Optional<StaffAccount> lock(String username) {
    return jdbc.sql("select * from staff_account where username = :username for update")
        .param("username", username)
        .query(JdbcStaffAccounts::account)
        .optional();
  }

  @Override
  public List<StaffAccount> all() {
    return jdbc.sql("select * from staff_account order by username")
        .query(JdbcStaffAccounts::account)
        .list();
  }

  @Override
  public void add(StaffAccount account) {
    try {
      jdbc.sql(
              """
              insert into staff_account
                (username, display_name, email, password_hash, roles, enabled, created_at,
                 created_by)
              values (:username, :name, :email, :hash, string_to_array(:roles, ','), :enabled,
                      :createdAt, :createdBy)
              """)
          .param("username", account.username())
          .param("name", account.displayName())
          .param("email", account.email())
          .param("hash", account.passwordHash())
          .param("roles", String.join(",", account.roles()))
          .param("enabled", account.enabled())
          .param("createdAt", Timestamp.from(account.createdAt()))
          .param("createdBy", account.createdBy())
          .update();
    } catch (DuplicateKeyException e) {
      throw new UsernameTaken(account.username());
    }
  }

  @Override
  public void update(String username, Set<String> roles, boolean enabled) {
    jdbc.sql(
            """
            update staff_account set roles = string_to_array(:roles, ','), enabled = :enabled
            where username = :username
            """)
        .param("roles", String.join(",", roles))
        .param("enabled", enabled)
        .param("username", username)
        .update();
  }

  private static StaffAccount account(ResultSet rs, int row) throws SQLException {
    Array roles = rs.getArray("roles");
    return new StaffAccount(
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getString("password_hash"),
        Set.of((String[]) roles.getArray()),
        rs.getBoolean("enabled"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"));
  }
}
