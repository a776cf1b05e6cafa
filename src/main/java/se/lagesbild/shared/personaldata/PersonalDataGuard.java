package se.lagesbild.shared.personaldata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.lagesbild.shared.personaldata.PersonalDataFinding.Kind;

/**
 * The one check every free-text path calls before it stores text. It finds Swedish personal identity and
 * coordination numbers (date and check digit must hold), phone numbers (Swedish and international) and e-mail
 * addresses, and leaves dates, periods, case numbers, organisation numbers, counts, money and postal codes alone.
 * <p>
 * Numbers are judged as written: a run of digit groups joined by single spaces, hyphens or a plus sign is one
 * number, so a personal identity number is never found inside a longer number, and a run that continues as a
 * date, time, version or diary number ({@code 2026-03-05 12:00}, {@code 1.2.3}, {@code 2025/123}) is left alone.
 */
public final class PersonalDataGuard {

    private PersonalDataGuard() {
    }

    /** Every piece of personal data in the text, in the order it appears; empty for null or blank text. */
    public static List<PersonalDataFinding> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var findings = new ArrayList<>(EmailAddresses.in(text));
        List<PersonalDataFinding> emails = List.copyOf(findings);
        for (NumberChain chain : NumberChain.in(text)) {
            if (emails.stream().anyMatch(email -> chain.start() < email.end() && email.start() < chain.end())) {
                continue;
            }
            kindOf(chain, text).ifPresent(kind -> findings.add(
                    new PersonalDataFinding(kind, chain.start(), chain.end(), chain.excerpt(text))));
        }
        findings.sort(Comparator.comparingInt(PersonalDataFinding::start));
        return List.copyOf(findings);
    }

    /** Refuses text that holds personal data; {@code field} is the form field the text came from. */
    public static void requireNone(String field, String text) {
        List<PersonalDataFinding> findings = find(text);
        if (!findings.isEmpty()) {
            throw new PersonalDataException(field, findings);
        }
    }

    /**
     * Ten digits in a row starting with 0 can be both a mobile number and a personal identity number of someone
     * born in the 2000s; the words in front ("tel", "ring") decide, and otherwise the identity number wins.
     */
    private static Optional<Kind> kindOf(NumberChain chain, String text) {
        Optional<Kind> identity = IdentityNumbers.kindOf(chain);
        boolean phone = PhoneNumbers.isPhoneNumber(chain, text);
        if (identity.isPresent() && phone) {
            return Optional.of(PhoneNumbers.introducedAsPhone(text, chain.start()) ? Kind.PHONE_NUMBER
                    : identity.get());
        }
        return phone ? Optional.of(Kind.PHONE_NUMBER) : identity;
    }
}
