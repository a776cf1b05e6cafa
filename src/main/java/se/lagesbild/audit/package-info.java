/** The append-only audit trail: who did what, when, for which organisation; fed by events from other modules. */
package se.lagesbild.audit;
