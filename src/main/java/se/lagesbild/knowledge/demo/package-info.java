/** Demo items of the knowledge bank for the default profile, one with a generated PDF attachment. */
package se.lagesbild.knowledge.demo;
