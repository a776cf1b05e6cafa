package se.lagesbild.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lagesbild.shared.Timestamps;

/** Which signals a county has looked at, when, by whom and with what note. */
@Repository
class SignalAcknowledgements {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignalAcknowledgements(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Map<String, Acknowledgement> of(long countyId, Collection<String> keys) {
        var found = new HashMap<String, Acknowledgement>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select signal_key, note, acknowledged_at, acknowledged_by from signal_acknowledgement
                        where county_id = :county and signal_key in (:keys)""")
                .param("county", countyId).param("keys", keys)
                .query(rs -> {
                    found.put(rs.getString("signal_key"), new Acknowledgement(rs.getString("note"),
                            rs.getTimestamp("acknowledged_at").toInstant(), rs.getString("acknowledged_by")));
                });
        return found;
    }

    /** Records the note; acknowledging again replaces the note (the latest word on the signal is what counts). */
    void acknowledge(long countyId, String key, String note, String by) {
        var now = Timestamps.now(clock);
        int updated = jdbc.sql("""
                        update signal_acknowledgement set note = :note, acknowledged_at = :at, acknowledged_by = :by
                        where county_id = :county and signal_key = :key""")
                .param("note", note).param("at", now).param("by", by).param("county", countyId).param("key", key)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into signal_acknowledgement (county_id, signal_key, note, acknowledged_at,
                                                                acknowledged_by)
                            values (:county, :key, :note, :at, :by)""")
                    .param("county", countyId).param("key", key).param("note", note).param("at", now)
                    .param("by", by).update();
        }
    }
}
