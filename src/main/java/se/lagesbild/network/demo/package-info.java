/** Dalarna's demo network for the default profile, made through the module's own services. */
package se.lagesbild.network.demo;
