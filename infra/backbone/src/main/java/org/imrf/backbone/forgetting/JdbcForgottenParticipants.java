package org.imrf.backbone.forgetting;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Forgotten ids in {@code messaging.forgotten_participant}. */
class JdbcForgottenParticipants implements ForgottenParticipants {

  private final JdbcClient jdbc;

  JdbcForgottenParticipants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean record(UUID participantId) {
    return jdbc.sql(
                """
                insert into messaging.forgotten_participant (id, forgotten_at) values (:id, now())
                on conflict (id) do nothing
                """)
            .param("id", participantId)
            .update()
        == 1;
  }

  @Override
  public boolean contains(UUID participantId) {
    return jdbc.sql("select exists (select 1 from messaging.forgotten_participant where id = :id)")
        .param("id", participantId)
        .query(Boolean.class)
        .single();
  }
}
