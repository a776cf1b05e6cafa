/**
 * Reporting periods (ISO week, month, tertial, half-year, year), the Swedish working-day calendar and default due
 * dates: plain value types without Spring, so that every module can compute and compare periods the same way.
 */
package se.lagesbild.shared.period;
