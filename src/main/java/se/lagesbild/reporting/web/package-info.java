/** Pages to list, start, fill in (with autosave), submit and review reports. */
package se.lagesbild.reporting.web;
