/**
 * Analysis: the county board's consolidated view of its municipalities' approved pictures — the heat matrix,
 * trends, recurring problems (gemensamma nämnare), rule-based signals, the map — and the written regional picture
 * the county publishes to its municipalities, with the national view across counties.
 *
 * <p>Analysis only reads reports (their tables, through its own set-based queries); it never changes them. Only
 * approved pictures count as a municipality's joint assessment: a missing or unapproved picture is shown as such,
 * never as a level.
 */
package se.lagesbild.analysis;
