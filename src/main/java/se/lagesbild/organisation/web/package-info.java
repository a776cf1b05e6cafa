/** Pages for the start page, browsing the organisation hierarchy and managing a municipality's units. */
package se.lagesbild.organisation.web;
