/**
 * Action and follow-up (the method's steps 5–6): problems found in approved pictures, their cause analysis, action
 * plans with measurable goals and measures, citizen promises and collaboration agreements with the local police,
 * follow-ups of every measure, and the effect seen in later pictures.
 *
 * <p>The method forbids copying another municipality's plan: every plan starts from the owner's own problems, every
 * problem rests on approved picture cells (recorded as evidence when the problem is written down), and every measure
 * names at least one of its plan's problems or their causes. There is no way to create a measure without that trace.
 */
package se.lagesbild.action;
