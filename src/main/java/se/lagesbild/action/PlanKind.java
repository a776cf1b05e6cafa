package se.lagesbild.action;

/**
 * An action plan of the municipality (or jointly of the county's municipalities); a citizen promise
 * (medborgarlöfte) or a collaboration agreement (samverkansöverenskommelse), both signed by the municipality and the
 * local police and followed up twice a year. Only a citizen promise has a public page.
 */
public enum PlanKind {
    ACTION_PLAN, CITIZEN_PROMISE, COLLABORATION_AGREEMENT;

    public boolean isSignedWithPolice() {
        return this != ACTION_PLAN;
    }

    public boolean isPublishable() {
        return this == CITIZEN_PROMISE;
    }
}
