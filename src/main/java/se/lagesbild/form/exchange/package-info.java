/**
 * Exchange of form versions as XLSForm-like spreadsheets and JSON, with imports that report every problem by
 * sheet, row and column.
 */
package se.lagesbild.form.exchange;
