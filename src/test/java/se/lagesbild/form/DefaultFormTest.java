package se.lagesbild.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DefaultFormTest {

    private final FormDefinition definition = DefaultForm.definition();

    @Test
    void satisfiesTheFormRules() {
        assertThat(FormRules.check(definition)).isEmpty();
        assertThat(DefaultForm.KEY).isEqualTo("lagesbild-sociala-risker");
        assertThat(DefaultForm.NAME.sv()).isEqualTo("Lägesbild sociala risker");
        assertThat(DefaultForm.NAME.en()).isNotBlank();
    }

    @Test
    void hasTheTenMeasuredThemesInOrderThenTheSummary() {
        assertThat(definition.themes()).hasSize(11);
        assertThat(definition.themes().subList(0, 10)).extracting(Theme::key)
                .containsExactlyElementsOf(Arrays.stream(MeasuredTheme.values()).map(MeasuredTheme::key).toList());
        assertThat(definition.themes().get(10).key()).isEqualTo("summary");
    }

    @Test
    void everyMeasuredThemeHasTheCoreQuestions() {
        for (MeasuredTheme theme : MeasuredTheme.values()) {
            String k = theme.key();
            assertCore(k + "_level", QuestionType.LEVEL, true, k);
            assertCore(k + "_change", QuestionType.CHANGE, true, k);
            assertCore(k + "_observed", QuestionType.TEXT, false, k);
            assertCore(k + "_basis", QuestionType.MULTIPLE_CHOICE, false, k);
            assertThat(definition.themeOf(k + "_level")).get().extracting(Theme::key).isEqualTo(k);
            assertThat(definition.question(k + "_observed").orElseThrow().maxLength()).isEqualTo(2000);
            assertThat(definition.question(k + "_basis").orElseThrow().choices()).extracting(Choice::value)
                    .containsExactly("own_observation", "reports", "statistics", "partner_information");
        }
    }

    @Test
    void everyQuestionInAMeasuredThemeIsTaggedWithIt() {
        for (Theme theme : definition.themes().subList(0, 10)) {
            assertThat(theme.questions()).extracting(Question::measures).containsOnly(theme.key());
        }
    }

    @Test
    void closesWithTheJointSummaryAndTheSupportWanted() {
        Theme last = definition.themes().get(definition.themes().size() - 1);
        assertThat(last.questions()).extracting(Question::key).contains("summary_joint", "summary_support");
        Question joint = definition.question("summary_joint").orElseThrow();
        assertThat(joint.type()).isEqualTo(QuestionType.TEXT);
        assertThat(joint.required()).isTrue();
        assertThat(joint.measures()).isNull();
        Question support = definition.question("summary_support").orElseThrow();
        assertThat(support.type()).isEqualTo(QuestionType.TEXT);
        assertThat(support.required()).isFalse();
        assertThat(last.questions()).extracting(Question::measures).containsOnlyNulls();
    }

    @Test
    void allTextsAreInSwedishAndEnglish() {
        assertThat(definition.themes()).allSatisfy(theme -> assertBothLanguages(theme.title()));
        assertThat(definition.questions().toList()).allSatisfy(question -> {
            assertBothLanguages(question.label());
            assertBothLanguages(question.help());
            question.choices().forEach(choice -> assertBothLanguages(choice.label()));
        });
    }

    @Test
    void hasCountsStartingAtZero() {
        var counts = definition.questions().filter(q -> q.type() == QuestionType.INTEGER).toList();
        assertThat(counts).hasSizeGreaterThanOrEqualTo(4).allSatisfy(q -> {
            assertThat(q.min()).isZero();
            assertThat(q.max()).isNotNull().isGreaterThan(0);
            assertThat(q.measures()).isNotNull();
            assertThat(q.required()).isFalse();
        });
    }

    @Test
    void allKeysAreWellFormedAndUnique() {
        var keys = definition.questions().map(Question::key).toList();
        assertThat(keys).doesNotHaveDuplicates().allMatch(key -> FormRules.KEY.matcher(key).matches());
    }

    @Test
    void survivesAJsonRoundTrip() {
        assertThat(FormJson.read(FormJson.write(definition))).isEqualTo(definition);
    }

    private void assertCore(String key, QuestionType type, boolean required, String measures) {
        Question question = definition.question(key).orElseThrow(() -> new AssertionError("missing " + key));
        assertThat(question.type()).as(key).isEqualTo(type);
        assertThat(question.required()).as(key).isEqualTo(required);
        assertThat(question.measures()).as(key).isEqualTo(measures);
    }

    private static void assertBothLanguages(LocalizedText text) {
        assertThat(text.sv()).isNotBlank();
        assertThat(text.en()).isNotBlank();
    }
}
