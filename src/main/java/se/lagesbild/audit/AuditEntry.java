package se.lagesbild.audit;

import java.time.Instant;

/** One line of the audit trail. Never carries free text written by users. */
public record AuditEntry(Long id, Instant occurredAt, AuditKind kind, String actor, Long organisationId,
                         String target, String detail, String remoteAddress) {
}
