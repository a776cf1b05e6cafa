/** Demo units and accounts for trying the system out; never loaded in production. */
package se.lagesbild.organisation.demo;
