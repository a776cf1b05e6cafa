package se.lagesbild.form.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import se.lagesbild.form.FormDocument;

class FormJsonExchangeTest {

    private final FormDocument document = ExchangeFormMother.document();

    @Test
    void exportThenImportGivesTheSameDocument() {
        byte[] exported = FormJsonExchange.export(document);

        assertThat(FormJsonExchange.importFrom(new ByteArrayInputStream(exported))).isEqualTo(document);
    }

    @Test
    void theExportIsPrettyPrintedUtf8WithoutDerivedFields() {
        String json = new String(FormJsonExchange.export(document), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n").contains("\"formKey\" : \"lansformular\"", "Västra Götalands län",
                "\"type\" : \"SINGLE_CHOICE\"", "\"questionKey\" : \"skola_hot\"");
        assertThat(json).doesNotContain("\"empty\"");
    }

    @Test
    void malformedJsonNamesTheLine() {
        String json = "{\n  \"formKey\" : \"a\"\n  \"name\" : { \"sv\" : \"A\" }\n}";

        assertThat(problems(json)).extracting(this::where)
                .containsExactly(tuple("JSON", null, null, "import.json.syntax", List.of("3", "3")));
    }

    @Test
    void somethingThatIsNotAFormIsRefusedInOneSentence() {
        assertThat(problems("[1, 2]")).extracting(ImportProblem::messageKey).containsExactly("import.json.unreadable");
        assertThat(problems("null")).extracting(ImportProblem::messageKey).containsExactly("import.json.unreadable");
        assertThat(problems("")).extracting(ImportProblem::messageKey).containsExactly("import.file.empty");
    }

    @Test
    void anUnknownFieldOrAWrongValueIsLocatedByPath() {
        String misspelt = json().replaceFirst("\"label\"", "\"lable\"");
        String wrongType = json().replace("\"DATE\"", "\"DATUM\"");

        assertThat(problems(misspelt)).extracting(this::where).containsExactly(tuple("JSON", null,
                "definition.themes[0].questions[0].lable", "import.json.unknownField", List.of("lable")));
        assertThat(problems(wrongType)).extracting(this::where).containsExactly(tuple("JSON", null,
                "definition.themes[2].questions[1].type", "import.json.invalidValue", List.of()));
    }

    @Test
    void theFormRulesRunAndTheirProblemsAreLocatedByPath() {
        String broken = json()
                .replace("\"key\" : \"skydd_senaste\"", "\"key\" : \"skola_hot\"")
                .replace("\"questionKey\" : \"skola_oro\"", "\"questionKey\" : \"skydd_fritid\"")
                .replace("\"value\" : \"okant\"", "\"value\" : \"lokalt\"")
                .replace("\"formKey\" : \"lansformular\"", "\"formKey\" : null");

        assertThat(problems(broken)).extracting(this::where).containsExactlyInAnyOrder(
                tuple("JSON", null, "formKey", "import.formKey.format", List.of()),
                tuple("JSON", null, "definition.themes[2].questions[1].key", "import.json.key.duplicate",
                        List.of("skola_hot", "definition.themes[0].questions[2]")),
                tuple("JSON", null, "definition.themes[1].questions[0].choices[2].value",
                        "form.problem.choice.duplicate", List.of("lokalt")),
                tuple("JSON", null, "definition.themes[1].questions[0].showWhen", "form.problem.condition.later",
                        List.of("skydd_fritid")));
    }

    @Test
    void missingPartsAreReportedInsteadOfFailing() {
        assertThat(problems("{\"formKey\" : \"a\", \"name\" : {\"sv\" : \"A\"}}")).extracting(this::where)
                .containsExactly(tuple("JSON", null, "definition", "import.json.missing", List.of("definition")));
        String noKeyNoLabel = "{\"formKey\":\"a\",\"name\":{\"sv\":\"A\"},\"definition\":{\"themes\":[{\"key\":\"t\","
                + "\"title\":{\"sv\":\"T\"},\"questions\":[{\"type\":\"TEXT\"}]}]}}";
        assertThat(problems(noKeyNoLabel)).extracting(this::where).containsExactly(
                tuple("JSON", null, "definition.themes[0].questions[0].key", "form.problem.key.format", List.of()),
                tuple("JSON", null, "definition.themes[0].questions[0].label.sv", "form.problem.text.required",
                        List.of()));
    }

    private String json() {
        return new String(FormJsonExchange.export(document), StandardCharsets.UTF_8);
    }

    private static List<ImportProblem> problems(String json) {
        var thrown = catchThrowableOfType(FormImportException.class, () -> FormJsonExchange.importFrom(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertThat(thrown).as("the import must fail").isNotNull();
        return thrown.problems();
    }

    private Tuple where(ImportProblem problem) {
        return tuple(problem.sheet(), problem.row(), problem.column(), problem.messageKey(), problem.args());
    }
}
