package se.lagesbild.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.lagesbild.form.Question;
import se.lagesbild.shared.CurrentUser;

/**
 * Contributions and pictures for the picture tests, made through {@link Reports} as the demo users would make
 * them: every required question answered (levels and changes "don't know" unless given), then submitted.
 */
final class PictureMother {

    static final String POLICE = "Lokalpolisområdet";
    static final String SOCIAL_SERVICES = "Socialtjänsten";
    static final String SCHOOL = "Grundskolan och gymnasiet";
    static final String LEISURE = "Fritidsgårdarna";
    static final String HOUSING = "Det kommunala bostadsbolaget";

    private final Reports reports;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    PictureMother(Reports reports, UserDetailsService users, JdbcClient jdbc) {
        this.reports = reports;
        this.users = users;
        this.jdbc = jdbc;
    }

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    long unit(String municipalityCode, String name) {
        return jdbc.sql("select u.id from unit u join organisation o on o.id = u.municipality_id "
                        + "where o.code = :code and u.name = :name")
                .param("code", municipalityCode).param("name", name).query(Long.class).single();
    }

    long organisation(String code) {
        return jdbc.sql("select id from organisation where code = :c").param("c", code).query(Long.class).single();
    }

    /** A draft contribution with only the given answers. */
    long draft(String username, long unitId, String week, Map<String, String> answers) {
        CurrentUser user = user(username);
        Report report = reports.contribution(user, unitId, week);
        save(user, report.id(), answers);
        return report.id();
    }

    /** A submitted contribution: the given answers, and "don't know" or a neutral text for the other required ones. */
    long submitted(String username, long unitId, String period, Map<String, String> answers) {
        return submitted(user(username), unitId, period, answers);
    }

    long submitted(CurrentUser user, long unitId, String period, Map<String, String> answers) {
        Report report = reports.contribution(user, unitId, period);
        save(user, report.id(), complete(report, answers));
        List<AnswerProblem> missing = reports.submit(user, report.id());
        if (!missing.isEmpty()) {
            throw new AssertionError("not submitted: " + missing);
        }
        return report.id();
    }

    long approved(String username, String coordinator, long unitId, String week, Map<String, String> answers) {
        long id = submitted(username, unitId, week, answers);
        reports.approve(user(coordinator), id);
        return id;
    }

    /** The municipality's picture for a month, started by its coordinator, with the given answers. */
    long picture(String coordinator, long municipalityId, String month, Map<String, String> answers) {
        CurrentUser user = user(coordinator);
        Report picture = reports.picture(user, municipalityId, month);
        save(user, picture.id(), answers);
        return picture.id();
    }

    void submitPicture(String coordinator, long id) {
        CurrentUser user = user(coordinator);
        Report picture = reports.get(user, id);
        save(user, id, complete(picture, Map.of()));
        List<AnswerProblem> missing = reports.submit(user, id);
        if (!missing.isEmpty()) {
            throw new AssertionError("not submitted: " + missing);
        }
    }

    private void save(CurrentUser user, long id, Map<String, String> answers) {
        Map<String, List<String>> input = new HashMap<>();
        answers.forEach((key, value) -> input.put(key, List.of(value)));
        Reports.PageSave saved = reports.saveAnswers(user, id, input, Map.of());
        if (!saved.complete()) {
            throw new AssertionError("answers refused: " + saved);
        }
    }

    private Map<String, String> complete(Report report, Map<String, String> given) {
        Map<String, String> answers = new HashMap<>();
        reports.definitionOf(report).questions().filter(Question::required)
                .filter(q -> report.valueOf(q.key()).isEmpty())
                .forEach(q -> answers.put(q.key(), neutral(q)));
        answers.putAll(given);
        return answers;
    }

    private static String neutral(Question q) {
        return switch (q.type()) {
            case LEVEL, CHANGE -> "dont_know";
            case YES_NO -> "0";
            case INTEGER -> q.min() == null ? "0" : String.valueOf(q.min());
            case DATE -> "2023-01-01";
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.choices().get(0).value();
            case TEXT -> "Inget särskilt att rapportera.";
        };
    }
}
