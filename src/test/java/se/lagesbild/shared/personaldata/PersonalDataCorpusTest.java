package se.lagesbild.shared.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.lagesbild.shared.personaldata.PersonalDataFinding.Kind;

/**
 * Realistic free text from situational pictures. Every line of {@code positive.txt} (kinds, a tab, the text)
 * must be refused with exactly those kinds; no line of {@code negative.txt} may be refused. The identity numbers
 * in the corpus are invented: real dates and correct check digits, no known person.
 */
class PersonalDataCorpusTest {

    static List<Arguments> positives() {
        return lines("/personaldata/positive.txt").stream().map(line -> {
            String[] parts = line.split("\t", 2);
            Set<Kind> kinds = Arrays.stream(parts[0].split(",")).map(Kind::valueOf).collect(Collectors.toSet());
            return Arguments.of(kinds, parts[1]);
        }).toList();
    }

    static List<String> negatives() {
        return lines("/personaldata/negative.txt");
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("positives")
    void refusesPersonalData(Set<Kind> kinds, String text) {
        List<PersonalDataFinding> findings = PersonalDataGuard.find(text);

        assertThat(findings).as(text).isNotEmpty();
        assertThat(findings.stream().map(PersonalDataFinding::kind).collect(Collectors.toSet())).as(text)
                .isEqualTo(kinds);
        findings.forEach(finding -> assertThat(text.substring(finding.start(), finding.end())).as(text)
                .isEqualTo(finding.excerpt()));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("negatives")
    void leavesTextWithoutPersonalDataAlone(String text) {
        assertThat(PersonalDataGuard.find(text)).as(text).isEmpty();
    }

    @Test
    void theCorpusIsLargeAndCoversEveryKind() {
        List<Arguments> positives = positives();
        Set<Object> kinds = positives.stream().flatMap(arguments -> ((Set<?>) arguments.get()[0]).stream())
                .collect(Collectors.toSet());

        assertThat(positives).hasSizeGreaterThanOrEqualTo(100);
        assertThat(negatives()).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
        assertThat(kinds).containsExactlyInAnyOrder((Object[]) Kind.values());
    }

    private static List<String> lines(String resource) {
        try (InputStream in = PersonalDataCorpusTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
