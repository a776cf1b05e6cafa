/**
 * The knowledge bank (Örebro's <i>Kunskapshuset</i>): methods, good examples, reports and contacts that counties and
 * municipalities share, tagged with the method's themes and free tags, with PDF, Word and Excel attachments.
 *
 * <p>An item belongs to Sweden (administrators), a county or a municipality and is visible either within the owner's
 * county (the county and its municipalities) or to everyone signed in. Administrators write every item, county and
 * municipal coordinators their own organisation's. Attachments are accepted by their content (never their name),
 * stored in the database with a sanitised display name, and their text is extracted for search: full-text search with
 * the Swedish configuration on PostgreSQL, a case-insensitive LIKE on H2 ({@code KnowledgeSearch}).
 *
 * <p>API: {@link se.lagesbild.knowledge.KnowledgeBank} for the pages, {@link se.lagesbild.knowledge.KnowledgeReferences}
 * for other modules (an action plan referring to a good example). The pages are in {@code web/}, demo items for the
 * default profile in {@code demo/}.
 */
package se.lagesbild.knowledge;
