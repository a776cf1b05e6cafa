/** Typesetting documents that leave the system as tagged PDF. */
package se.lagesbild.shared.pdf;
