/**
 * Reporting: units' contributions and municipalities' pictures, answered on an exact form version, with the
 * workflow draft → submitted → approved (or returned and resubmitted) and the history of every answer.
 */
package se.lagesbild.reporting;
