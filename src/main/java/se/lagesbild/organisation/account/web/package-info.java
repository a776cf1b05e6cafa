/** Pages for managing accounts within one's scope and for changing one's own password. */
package se.lagesbild.organisation.account.web;
