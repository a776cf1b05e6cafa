package se.lagesbild.shared;

/** How far down the organisation hierarchy an account's reach starts. */
public enum ScopeLevel {
    NATIONAL, COUNTY, MUNICIPALITY, UNIT
}
