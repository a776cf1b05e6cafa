package se.lagesbild.analysis;

/** A regional analysis is written as a draft and then published to the county's municipalities. */
public enum AnalysisStatus {
    DRAFT, PUBLISHED
}
