/** The pages of the county network under {@code /network}, and its start-page panel. */
package se.lagesbild.network.web;
