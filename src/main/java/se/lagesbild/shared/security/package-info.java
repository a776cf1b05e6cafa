/** Sign-in, throttling, session rules, security headers and the handling of denied access. */
package se.lagesbild.shared.security;
