/**
 * Dialogue forums and mapping rounds (dialogforum, kartläggning): the county board invites its municipalities to a
 * meeting or a mapping with a purpose, a time and place or video link, a programme and a registration deadline; each
 * invited municipality's coordinator registers its participants before the deadline and answers a fixed set of
 * questions, first as a draft and then submitted; the county board follows who has registered and answered, reads
 * the answers per question with every municipality side by side, and downloads them as a PDF.
 *
 * <p>The question set is a published version of a form of the {@code form} module: either a published form the
 * county coordinator may read, or questions written on the forum, from which a county-owned form with one theme of
 * free-text questions is created and published through {@link se.lagesbild.form.Forms}. Answers refer to that
 * version's stable question keys, so they stay readable whatever happens to the form later.
 *
 * <p>Who: the county's coordinators create, change and read everything of their county's forums; the coordinators of
 * invited municipalities register and answer, and read the forum and their own answers; contributors of invited
 * municipalities read the forum; administrators read everything. Anything else answers 404 ({@code
 * OutOfScopeException}). A municipality's answers are read by that municipality and the county board only.
 * Free text never carries personal data: participants are given by name and role only, and answers, names and
 * roles with a personal identity number, phone number or e-mail address are refused.
 *
 * <p>The top package is the module's API; {@code web} (pages, the start-page panel and the PDF) and {@code demo}
 * (demo forums, default profile only) are internal.
 */
package se.lagesbild.forum;
