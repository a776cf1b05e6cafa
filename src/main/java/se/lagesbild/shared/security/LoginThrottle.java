package se.lagesbild.shared.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.lagesbild.shared.Timestamps;

/**
 * Counts failed logins per account name and client address in a sliding window. Stored in the database so that
 * every application node sees the same count.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock,
                  @Value("${lagesbild.login.max-failures:10}") int maxFailures,
                  @Value("${lagesbild.login.failure-window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public boolean isBlocked(String username, String remoteAddress) {
        Integer failures = jdbc.sql("""
                        select count(*) from login_failure
                        where username = :username and remote_address = :address and occurred_at > :since""")
                .param("username", normalise(username))
                .param("address", remoteAddress)
                .param("since", Timestamps.of(clock.instant().minus(window)))
                .query(Integer.class)
                .single();
        return failures >= maxFailures;
    }

    public void recordFailure(String username, String remoteAddress) {
        jdbc.sql("insert into login_failure (username, remote_address, occurred_at) values (:username, :address, :at)")
                .param("username", normalise(username))
                .param("address", remoteAddress)
                .param("at", Timestamps.now(clock))
                .update();
    }

    public void clear(String username, String remoteAddress) {
        jdbc.sql("delete from login_failure where username = :username and remote_address = :address")
                .param("username", normalise(username))
                .param("address", remoteAddress)
                .update();
    }

    public Duration window() {
        return window;
    }

    static String normalise(String username) {
        String name = username == null ? "" : username.trim().toLowerCase();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
