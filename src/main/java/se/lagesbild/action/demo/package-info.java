/** A demo citizen promise for the default profile, made through the module's own services. */
package se.lagesbild.action.demo;
