package org.imrf.notification.preference;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;
import org.imrf.notification.delivery.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The channels each participant chose per kind of message, how often they hear by email, in
 * notification-service's database; the kinds {@link AlwaysByEmail} covers go by email immediately
 * whatever they chose.
 */
@Repository
class JdbcChannelPreferences implements ChannelPreferences, PreferenceStore {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcChannelPreferences(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Set<Channel> chosen(UUID participantId, String kind) {
    Set<Channel> chosen = ChannelChoice.forKind(choices(participantId, kind), kind);
    if (AlwaysByEmail.covers(kind)) {
      chosen.add(Channel.EMAIL);
    }
    return chosen;
  }

  @Override
  public boolean inDigest(UUID participantId, String kind) {
    return !AlwaysByEmail.covers(kind)
        && settings(participantId).deliveryMode() == DeliveryMode.DAILY_DIGEST
        && chosen(participantId, kind).contains(Channel.EMAIL);
  }

  @Override
  public Map<UUID, Choice> choices(Collection<UUID> participantIds, String kind) {
    if (participantIds.isEmpty()) {
      return Map.of();
    }
    UUID[] ids = participantIds.toArray(UUID[]::new);
    // two queries for the whole batch: only participants who departed from the defaults have rows
    Map<UUID, List<ChannelChoice>> rows = new HashMap<>();
    jdbc.sql(
            """
            select participant_id, kind, channel, chosen from channel_choice
            where participant_id = any(:participants) and kind in ('*', :kind)
            """)
        .param("participants", ids)
        .param("kind", kind)
        .query(
            (rs, row) ->
                rows.computeIfAbsent(
                        rs.getObject("participant_id", UUID.class), id -> new ArrayList<>())
                    .add(choice(rs, row)))
        .list();
    Set<UUID> digest = new HashSet<>();
    jdbc.sql(
            """
            select participant_id from participant_preference
            where participant_id = any(:participants) and delivery_mode = :digest
            """)
        .param("participants", ids)
        .param("digest", DeliveryMode.DAILY_DIGEST.code())
        .query((rs, row) -> digest.add(rs.getObject("participant_id", UUID.class)))
        .list();
    Map<UUID, Choice> choices = new HashMap<>();
    for (UUID participant : participantIds) {
      Set<Channel> chosen = ChannelChoice.forKind(rows.getOrDefault(participant, List.of()), kind);
      if (AlwaysByEmail.covers(kind)) {
        chosen.add(Channel.EMAIL);
      }
      boolean inDigest =
          !AlwaysByEmail.covers(kind)
              && digest.contains(participant)
              && chosen.contains(Channel.EMAIL);
      choices.put(participant, new Choice(chosen, inDigest));
    }
    return choices;
  }

  @Override
  public void choose(UUID participantId, String kind, Channel channel, boolean chosen) {
    lockVersion(participantId);
    jdbc.sql(
            """
            insert into channel_choice (participant_id, kind, channel, chosen, changed_at)
            values (:participant, :kind, :channel, :chosen, :at)
            on conflict (participant_id, kind, channel)
            do update set chosen = excluded.chosen, changed_at = excluded.changed_at
            """)
        .param("participant", participantId)
        .param("kind", kind)
        .param("channel", channel.code())
        .param("chosen", chosen)
        .param("at", now())
        .update();
    // a choice made elsewhere (an unsubscribe link) makes what an editor read stale
    jdbc.sql(
            """
            update participant_preference set version = version + 1, changed_at = :at
            where participant_id = :participant
            """)
        .param("participant", participantId)
        .param("at", now())
        .update();
  }

  @Override
  public Settings settings(UUID participantId) {
    return jdbc.sql(
            """
            select delivery_mode, digest_hour, version from participant_preference
            where participant_id = :participant
            """)
        .param("participant", participantId)
        .query(
            (rs, row) ->
                new Settings(
                    Coded.ofCode(DeliveryMode.class, rs.getString("delivery_mode")).orElseThrow(),
                    rs.getInt("digest_hour"),
                    rs.getInt("version")))
        .optional()
        .orElse(Settings.DEFAULTS);
  }

  @Override
  public List<ChannelChoice> choices(UUID participantId) {
    return jdbc.sql(
            "select kind, channel, chosen from channel_choice where participant_id = :participant")
        .param("participant", participantId)
        .query(JdbcChannelPreferences::choice)
        .list();
  }

  private List<ChannelChoice> choices(UUID participantId, String kind) {
    return jdbc.sql(
            """
            select kind, channel, chosen from channel_choice
            where participant_id = :participant and kind in ('*', :kind)
            """)
        .param("participant", participantId)
        .param("kind", kind)
        .query(JdbcChannelPreferences::choice)
        .list();
  }

  private static ChannelChoice choice(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new ChannelChoice(
        rs.getString("kind"),
        Coded.ofCode(Channel.class, rs.getString("channel")).orElseThrow(),
        rs.getBoolean("chosen"));
  }

  @Override
  public int lockVersion(UUID participantId) {
    // the defaults' row first, so that two first changes cannot both insert one
    jdbc.sql(
            """
            insert into participant_preference
              (participant_id, delivery_mode, digest_hour, version, changed_at)
            values (:participant, :mode, :hour, 0, :at)
            on conflict (participant_id) do nothing
            """)
        .param("participant", participantId)
        .param("mode", Settings.DEFAULTS.deliveryMode().code())
        .param("hour", Settings.DEFAULTS.digestHour())
        .param("at", now())
        .update();
    return jdbc.sql(
            """
            select version from participant_preference where participant_id = :participant
            for update
            """)
        .param("participant", participantId)
        .query(Integer.class)
        .single();
  }

  @Override
  public void replace(
      UUID participantId, Settings settings, Map<String, Set<Channel>> channelsByKind) {
    Timestamp at = now();
    jdbc.sql(
            """
            update participant_preference
            set delivery_mode = :mode, digest_hour = :hour, version = :version, changed_at = :at
            where participant_id = :participant
            """)
        .param("participant", participantId)
        .param("mode", settings.deliveryMode().code())
        .param("hour", settings.digestHour())
        .param("version", settings.version())
        .param("at", at)
        .update();
    jdbc.sql("delete from channel_choice where participant_id = :participant")
        .param("participant", participantId)
        .update();
    channelsByKind.forEach(
        (kind, channels) -> {
          for (Channel channel : Channel.values()) {
            jdbc.sql(
                    """
                    insert into channel_choice (participant_id, kind, channel, chosen, changed_at)
                    values (:participant, :kind, :channel, :chosen, :at)
                    """)
                .param("participant", participantId)
                .param("kind", kind)
                .param("channel", channel.code())
                .param("chosen", channels.contains(channel))
                .param("at", at)
                .update();
          }
        });
  }

  @Override
  public void forget(UUID participantId) {
    jdbc.sql("delete from channel_choice where participant_id = :participant")
        .param("participant", participantId)
        .update();
    jdbc.sql("delete from participant_preference where participant_id = :participant")
        .param("participant", participantId)
        .update();
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }
}
