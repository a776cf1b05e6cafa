package se.lagesbild.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import se.lagesbild.form.LocalizedText;
import se.lagesbild.form.Question;
import se.lagesbild.reporting.PictureBasis.ThemeComparison;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;

/**
 * Fills the joint levels of a municipal picture from the contributions, but only when the coordinator asks for it
 * and only where the picture has no level yet: a level someone chose is never overwritten, and the caller is told
 * exactly which questions were filled. The answers go through {@link Reports#saveAnswers} as a page save that saw
 * them empty, so they obey the same rules, rights, workflow state and answer history as answers typed on the page,
 * and a level someone sets meanwhile wins over the suggestion.
 */
@Service
public class PicturePrefill {

    private final Reports reports;
    private final ReportAccess access;
    private final ContributionComparison comparison;

    PicturePrefill(Reports reports, ReportAccess access, ContributionComparison comparison) {
        this.reports = reports;
        this.access = access;
        this.comparison = comparison;
    }

    /** One question that was filled: its key, the theme's title and the level it got. */
    public record Prefilled(String questionKey, String themeKey, LocalizedText themeTitle, String value) {
    }

    /**
     * Sets every empty level question of the picture to the suggested joint level of its theme (themes without any
     * numeric level in the contributions are left alone) and answers what was set, in the form's order.
     *
     * @throws NotFoundException       for a report that is not a picture, or that the user may not read
     * @throws AccessDeniedException   when the user may read but not fill in the picture
     * @throws ReportFrozenException   when the picture is submitted or approved
     */
    public List<Prefilled> prefill(CurrentUser user, long reportId) {
        Report picture = reports.get(user, reportId);
        if (picture.kind() != ReportKind.PICTURE) {
            throw new NotFoundException("picture " + reportId);
        }
        if (!access.mayFillIn(user, picture)) {
            throw new AccessDeniedException("may not fill in picture " + reportId);
        }
        if (!picture.status().isEditable()) {
            throw new ReportFrozenException(picture.id(), picture.status());
        }
        PictureBasis basis = comparison.basisFor(user, picture.municipalityId(), picture.periodCode());
        Map<String, Question> levels = ContributionComparison.levelQuestions(reports.definitionOf(picture));
        Map<String, List<String>> input = new LinkedHashMap<>();
        Map<String, String> seenEmpty = new LinkedHashMap<>();
        List<Prefilled> prefilled = new ArrayList<>();
        for (ThemeComparison theme : basis.themes()) {
            Question level = levels.get(theme.key());
            if (level == null || !theme.hasSuggestion() || !picture.valueOf(level.key()).isEmpty()) {
                continue;
            }
            String value = String.valueOf(theme.suggestedLevel());
            input.put(level.key(), List.of(value));
            seenEmpty.put(level.key(), "");
            prefilled.add(new Prefilled(level.key(), theme.key(), theme.title(), value));
        }
        if (input.isEmpty()) {
            return List.of();
        }
        Reports.PageSave saved = reports.saveAnswers(user, reportId, input, seenEmpty);
        if (!saved.problems().isEmpty()) {
            // a level on the 0–4 scale always passes the level rule; anything else is a bug, not user input
            throw new IllegalStateException("prefill refused by the answer rules: " + saved.problems());
        }
        // a level answered by someone else since it was read is theirs: it was not prefilled
        return prefilled.stream().filter(p -> !saved.conflicts().containsKey(p.questionKey())).toList();
    }
}
