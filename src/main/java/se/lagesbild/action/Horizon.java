package se.lagesbild.action;

/** A measure meant to work in the short or in the long term. */
public enum Horizon {
    SHORT, LONG
}
