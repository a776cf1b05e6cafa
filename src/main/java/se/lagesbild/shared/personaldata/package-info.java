/**
 * The one check every free-text path calls before it stores text: a situational picture describes phenomena,
 * not people, so personal identity and coordination numbers, phone numbers and e-mail addresses are refused.
 */
package se.lagesbild.shared.personaldata;
