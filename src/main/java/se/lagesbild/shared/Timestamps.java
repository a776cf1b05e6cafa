package se.lagesbild.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** SQL parameters for {@code timestamp with time zone}: the PostgreSQL driver binds OffsetDateTime, not Instant. */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public static OffsetDateTime now(Clock clock) {
        return of(clock.instant());
    }
}
