/** Pages of the analysis: the county page, trends, observations, the national view and regional pictures. */
package se.lagesbild.analysis.web;
