/** The administrator's page for the map boundaries: their status and the import of a GeoJSON file. */
package se.lagesbild.analysis.map.web;
