/** Demo forums (default profile only): a past mapping round in Dalarna with answers, an upcoming dialogue forum in Västmanland. */
package se.lagesbild.forum.demo;
