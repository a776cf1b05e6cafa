/** The pages of the knowledge bank: the list with search and filters, an item, its forms and attachments. */
package se.lagesbild.knowledge.web;
