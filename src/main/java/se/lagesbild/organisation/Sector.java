package se.lagesbild.organisation;

/** The kind of actor a unit is; pictures compare how sectors assess the same theme. */
public enum Sector {
    POLICE, SOCIAL_SERVICES, SCHOOL, LEISURE, HOUSING, RESCUE_SERVICES, CIVIL_SOCIETY, OTHER
}
