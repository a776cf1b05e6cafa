package se.lagesbild.shared.personaldata;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import se.lagesbild.shared.personaldata.PersonalDataFinding.Kind;

/**
 * The message that tells the user what to remove: "Texten innehåller ett personnummer och en e-postadress:
 * 850315-1234, anna@example.se. Ta bort det och spara igen. …". The kinds are message keys resolved in the
 * user's language ({@code messages-personaldata*.properties}); the excerpts are the user's own text.
 * <p>
 * In a controller: {@code binding.rejectValue(e.field(), PersonalDataMessages.FOUND,
 * PersonalDataMessages.arguments(e.findings()), null)}; any Spring {@link MessageSource} resolves the nested
 * kind names when the error is shown.
 */
public final class PersonalDataMessages {

    public static final String FOUND = "personaldata.found";
    static final String PAIR = "personaldata.list.pair";
    static final String SERIES = "personaldata.list.series";

    private PersonalDataMessages() {
    }

    /** {0}: the kinds found, in the order they first appear; {1}: the offending text, each piece once. */
    public static Object[] arguments(List<PersonalDataFinding> findings) {
        List<Kind> kinds = findings.stream().map(PersonalDataFinding::kind).distinct().toList();
        String excerpts = findings.stream().map(PersonalDataFinding::excerpt).distinct()
                .collect(Collectors.joining(", "));
        return new Object[] {kindList(kinds), excerpts};
    }

    public static MessageSourceResolvable resolvable(List<PersonalDataFinding> findings) {
        return new DefaultMessageSourceResolvable(new String[] {FOUND}, arguments(findings));
    }

    public static MessageSourceResolvable resolvable(PersonalDataException refused) {
        return resolvable(refused.findings());
    }

    public static String message(MessageSource messages, Locale locale, List<PersonalDataFinding> findings) {
        return messages.getMessage(resolvable(findings), locale);
    }

    /** "A", "A och B", "A, B och C": a series ends in a pair, each part a nested message. */
    private static MessageSourceResolvable kindList(List<Kind> kinds) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("No findings to describe");
        }
        if (kinds.size() == 1) {
            return new DefaultMessageSourceResolvable(kinds.get(0).messageKey());
        }
        MessageSourceResolvable first = kindList(kinds.subList(0, 1));
        MessageSourceResolvable rest = kindList(kinds.subList(1, kinds.size()));
        return new DefaultMessageSourceResolvable(new String[] {kinds.size() == 2 ? PAIR : SERIES},
                new Object[] {first, rest});
    }
}
