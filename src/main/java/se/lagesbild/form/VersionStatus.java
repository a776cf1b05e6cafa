package se.lagesbild.form;

public enum VersionStatus {
    DRAFT, PUBLISHED, RETIRED
}
