package se.lagesbild.action;

/**
 * The three perspectives of a cause analysis in knowledge-based crime prevention: the place and situation, the
 * social and individual factors behind those who act, and the victims or targets.
 */
public enum Perspective {
    SITUATIONAL, SOCIAL, VICTIM
}
