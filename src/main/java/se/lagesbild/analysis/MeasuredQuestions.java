package se.lagesbild.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.lagesbild.form.FormVersion;
import se.lagesbild.form.Forms;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.form.Question;
import se.lagesbild.form.QuestionType;

/**
 * Which questions of which form version measure which theme. Analysis compares answers across form versions and
 * across counties' own forms by the theme a question is tagged with, never by its key: a county may name its
 * questions as it likes. Published versions never change, so what is read once is kept.
 */
@Component
class MeasuredQuestions {

    /** What a question says about its theme. */
    enum Role { LEVEL, CHANGE, TEXT, COUNT, BASIS }

    /** One tagged question of one version. */
    record Measure(MeasuredTheme theme, Role role, Question question) {
    }

    private final Forms forms;
    private final JdbcClient jdbc;
    private final Map<Long, Map<String, Measure>> byVersion = new ConcurrentHashMap<>();

    MeasuredQuestions(Forms forms, JdbcClient jdbc) {
        this.forms = forms;
        this.jdbc = jdbc;
    }

    /** The tagged question behind a key in a version, if it measures a theme. */
    Optional<Measure> measure(long versionId, String questionKey) {
        return Optional.ofNullable(of(versionId).get(questionKey));
    }

    Map<String, Measure> of(long versionId) {
        return byVersion.computeIfAbsent(versionId, id -> read(forms.version(id)));
    }

    /** The keys, across every published or retired version, of the questions with one of the given roles. */
    Set<String> keys(Collection<Role> roles, Collection<MeasuredTheme> themes) {
        var keys = new HashSet<String>();
        for (long versionId : answerableVersions()) {
            of(versionId).forEach((key, measure) -> {
                if (roles.contains(measure.role()) && themes.contains(measure.theme())) {
                    keys.add(key);
                }
            });
        }
        return keys;
    }

    private List<Long> answerableVersions() {
        // The version table is tiny (a few per form); reading the ids each time picks up newly published versions.
        return jdbc.sql("select id from form_version where status <> 'DRAFT'").query(Long.class).list();
    }

    private static Map<String, Measure> read(FormVersion version) {
        var measures = new HashMap<String, Measure>();
        version.definition().questions().forEach(question -> {
            if (question.measures() == null) {
                return;
            }
            Optional<MeasuredTheme> theme = MeasuredTheme.fromKey(question.measures());
            Role role = roleOf(question.type());
            if (theme.isPresent() && role != null) {
                measures.put(question.key(), new Measure(theme.get(), role, question));
            }
        });
        return Map.copyOf(measures);
    }

    private static Role roleOf(QuestionType type) {
        return switch (type) {
            case LEVEL -> Role.LEVEL;
            case CHANGE -> Role.CHANGE;
            case TEXT -> Role.TEXT;
            case INTEGER -> Role.COUNT;
            case MULTIPLE_CHOICE -> Role.BASIS;
            case YES_NO, SINGLE_CHOICE, DATE -> null;
        };
    }
}
