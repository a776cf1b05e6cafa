/** Accounts, the rules for who may grant which role where, and loading the signed-in user. */
package se.lagesbild.organisation.account;
