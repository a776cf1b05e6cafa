package se.lagesbild.reporting;

public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** Only the reporter's own stages can be edited; submitted and approved reports are read-only. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
