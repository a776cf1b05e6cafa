/** Sweden's counties and municipalities, the units inside municipalities, accounts, roles and their scope. */
package se.lagesbild.organisation;
