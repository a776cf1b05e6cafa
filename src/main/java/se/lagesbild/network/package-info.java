/**
 * The county network (LänsBrå): the county's crime-prevention coordinators, the municipal police and the partners the
 * county board invites (victim support, sports federations …), run by the county board's coordinators.
 *
 * <p>Each county has one network ({@code network}, seeded per county). It has members (people named in structured
 * fields, from a municipality of the county, the police, the county board or a partner organisation, optionally
 * linked to an account of the county), meetings (time, place or link, agenda, participants, minutes and decisions,
 * edited with optimistic locking) and yearly priorities that are followed up at year end with an evaluation among
 * the members who have accounts: a rating and a comment per priority and an overall comment, answered once and
 * correctable until the county closes it. An anonymous evaluation never links an answer to its respondent in the
 * data once closed (see {@link se.lagesbild.network.NetworkEvaluations}).
 *
 * <p>Who: the county's coordinators manage everything of their network; the county's municipal coordinators and the
 * members with accounts read it, and members answer its open evaluations; administrators read every network.
 * National readers and everyone outside the county get 404, like objects that do not exist. Free text (minutes,
 * decisions, priorities, answers, partner names, titles) refuses personal data.
 *
 * <p>Pages are in {@code web/}; the demo network of Dalarna (default profile only) in {@code demo/}.
 */
package se.lagesbild.network;
