package se.lagesbild.network;

/**
 * Where a member of the network comes from: a municipality of the county (its crime-prevention coordinator, for
 * example), the police (a municipal police officer, optionally for one municipality), the county board itself, or a
 * partner organisation the county invites, named in words (Brottsofferjouren, RF-SISU …).
 */
public enum MemberKind {
    MUNICIPALITY,
    POLICE,
    COUNTY_BOARD,
    PARTNER;

    /** Whether a municipality of the county is asked for: required for a municipality, optional for the police. */
    public boolean hasMunicipality() {
        return this == MUNICIPALITY || this == POLICE;
    }
}
