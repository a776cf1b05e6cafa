package se.lagesbild.organisation;

public enum OrganisationKind {
    COUNTRY, COUNTY, MUNICIPALITY
}
