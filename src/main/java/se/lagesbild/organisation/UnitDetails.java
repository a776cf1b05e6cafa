package se.lagesbild.organisation;

/** What a coordinator decides about a unit. */
public record UnitDetails(String name, Sector sector, boolean active) {
}
