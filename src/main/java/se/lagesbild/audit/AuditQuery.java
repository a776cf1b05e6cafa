package se.lagesbild.audit;

import java.time.LocalDate;

/** Filters for reading the audit trail; null means no filter. Dates are inclusive, in Swedish time. */
public record AuditQuery(LocalDate from, LocalDate to, String actor, AuditKind kind, int page) {

    public static final int PAGE_SIZE = 50;
}
