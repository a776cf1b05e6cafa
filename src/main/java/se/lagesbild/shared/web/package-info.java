/** Page layout, language, the login and accessibility pages, and the mapping of errors to Swedish pages. */
package se.lagesbild.shared.web;
