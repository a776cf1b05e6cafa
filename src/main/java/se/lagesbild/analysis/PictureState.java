package se.lagesbild.analysis;

/** Whether a municipality's picture for a period can be counted: only an approved picture carries levels. */
public enum PictureState {
    /** Approved by the county: its levels are the municipality's joint assessment. */
    APPROVED,
    /** Started, submitted or returned, but not approved: shown as such and never counted. */
    NOT_APPROVED,
    /** No picture for the period. */
    MISSING
}
