/** A year of invented reporting history for the demo counties, so that a newcomer sees a living system. */
package se.lagesbild.reporting.demo;
