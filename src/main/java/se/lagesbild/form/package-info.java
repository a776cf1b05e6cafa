/**
 * Versioned situational-picture forms: themes and questions with stable keys, their lifecycle (draft, published,
 * retired), municipal extensions, the seeded default form, and exchange with spreadsheets and JSON.
 */
package se.lagesbild.form;
