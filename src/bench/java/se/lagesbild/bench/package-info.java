/** The scale benchmark: synthetic national data, bare-SQL and HTTP timings (docs/performance.md), never in the build. */
package se.lagesbild.bench;
