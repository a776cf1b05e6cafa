/** The pages of action and follow-up, and the public page of a citizen promise. */
package se.lagesbild.action.web;
