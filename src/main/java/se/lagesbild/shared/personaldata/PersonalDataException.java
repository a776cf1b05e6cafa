package se.lagesbild.shared.personaldata;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A free-text field holds personal data. Pages show {@link PersonalDataMessages} at the field and keep what the
 * user typed. The exception's message names the field and the kinds only, never the text, so logs stay clean.
 */
public class PersonalDataException extends RuntimeException {

    private final String field;
    private final List<PersonalDataFinding> findings;

    public PersonalDataException(String field, List<PersonalDataFinding> findings) {
        super(field + ": " + kinds(findings));
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("A personal data exception needs at least one finding");
        }
        this.field = field;
        this.findings = List.copyOf(findings);
    }

    public String field() {
        return field;
    }

    public List<PersonalDataFinding> findings() {
        return findings;
    }

    private static String kinds(List<PersonalDataFinding> findings) {
        return findings.stream().map(finding -> finding.kind().name()).distinct()
                .collect(Collectors.joining(", ", "personal data found (", ")"));
    }
}
