/**
 * The pages of dialogue forums and mapping rounds under {@code /forums}, the start-page panel, and the PDF of the
 * compiled answers (typeset by openhtmltopdf from the template the web page shows).
 */
package se.lagesbild.forum.web;
