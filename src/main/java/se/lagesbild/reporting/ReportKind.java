package se.lagesbild.reporting;

/** A unit's contribution (bidrag) or a municipality's joint picture (kommunal lägesbild). */
public enum ReportKind {
    CONTRIBUTION, PICTURE
}
