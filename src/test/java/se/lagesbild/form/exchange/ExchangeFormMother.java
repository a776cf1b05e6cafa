package se.lagesbild.form.exchange;

import java.util.List;

import se.lagesbild.form.Choice;
import se.lagesbild.form.Condition;
import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.FormDocument;
import se.lagesbild.form.LocalizedText;
import se.lagesbild.form.Question;
import se.lagesbild.form.QuestionType;
import se.lagesbild.form.Theme;

/** A realistic form version for exchange tests: every question type, choices, conditions, bounds, some English. */
final class ExchangeFormMother {

    private ExchangeFormMother() {
    }

    static FormDocument document() {
        return new FormDocument("lansformular", LocalizedText.of("Lägesbild för Västra Götalands län",
                "Situational picture, Västra Götaland"), 3, definition());
    }

    static FormDefinition definition() {
        var school = new Theme("skola", LocalizedText.of("Skola och utbildning", "School"), List.of(
                question("skola_oro", QuestionType.LEVEL, "Hur bedömer ni oron i skolorna?", "Worry in schools?",
                        true, "school", null, null, null, List.of(), null),
                question("skola_forandring", QuestionType.CHANGE, "Hur har läget förändrats sedan förra perioden?",
                        "", false, null, null, null, null, List.of(), null),
                new Question("skola_hot", QuestionType.YES_NO, LocalizedText.of("Har det förekommit hot mot personal?",
                        ""), LocalizedText.of("Räkna med hot via sociala medier.", "Include social media."), true,
                        "threats", null, null, null, List.of(), null),
                question("skola_incidenter", QuestionType.INTEGER, "Antal anmälda incidenter", "Reported incidents",
                        false, null, 0, 500, null, List.of(), new Condition("skola_hot", 1))));
        var networks = new Theme("natverk", LocalizedText.of("Kriminella nätverk", ""), List.of(
                question("natverk_typ", QuestionType.SINGLE_CHOICE, "Vilken typ av nätverk dominerar?", "", true,
                        "networks", null, null, null, List.of(
                                new Choice("lokalt", LocalizedText.of("Lokalt nätverk", "Local network")),
                                new Choice("regionalt", LocalizedText.of("Regionalt nätverk", "")),
                                new Choice("okant", LocalizedText.of("Vet inte", "Don't know"))),
                        new Condition("skola_oro", 2)),
                question("natverk_arenor", QuestionType.MULTIPLE_CHOICE, "Var syns nätverken?", "Where?", false,
                        "public_space", null, null, null, List.of(
                                new Choice("skolgard", LocalizedText.of("Skolgårdar", "")),
                                new Choice("centrum", LocalizedText.of("Centrum och torg", "Town centre")),
                                new Choice("natet", LocalizedText.of("Sociala medier", "Social media"))),
                        null),
                question("natverk_kommentar", QuestionType.TEXT, "Beskriv läget med egna ord", "", false, null,
                        null, null, 2000, List.of(), new Condition("skola_incidenter", 10))));
        var protective = new Theme("skydd", LocalizedText.of("Skyddsfaktorer", "Protective factors"), List.of(
                question("skydd_fritid", QuestionType.INTEGER, "Antal öppna fritidsgårdar", "", false, "leisure", 0,
                        null, null, List.of(), null),
                question("skydd_senaste", QuestionType.DATE, "När hölls senaste samverkansmötet?", "", false, null,
                        null, null, null, List.of(), null),
                question("skydd_ovrigt", QuestionType.TEXT, "Övrigt", "Other", false, "protective", null, null, null,
                        List.of(), null)));
        return new FormDefinition(List.of(school, networks, protective));
    }

    private static Question question(String key, QuestionType type, String sv, String en, boolean required,
                                     String measures, Integer min, Integer max, Integer maxLength,
                                     List<Choice> choices, Condition showWhen) {
        return new Question(key, type, LocalizedText.of(sv, en), LocalizedText.EMPTY, required, measures, min, max,
                maxLength, choices, showWhen);
    }
}
