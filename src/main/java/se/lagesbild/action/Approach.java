package se.lagesbild.action;

/** Situational measures change the place or the opportunity; social measures work on people's conditions. */
public enum Approach {
    SITUATIONAL, SOCIAL
}
