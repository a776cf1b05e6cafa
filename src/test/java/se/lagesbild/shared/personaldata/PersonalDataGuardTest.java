package se.lagesbild.shared.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.lagesbild.shared.personaldata.PersonalDataFinding.Kind;

class PersonalDataGuardTest {

    @Test
    void aFindingSaysWhatItIsAndExactlyWhereItIs() {
        String text = "Pojken med pnr 201203152382 har setts vid busstationen.";

        assertThat(PersonalDataGuard.find(text)).containsExactly(
                new PersonalDataFinding(Kind.PERSONAL_IDENTITY_NUMBER, 15, 27, "201203152382"));
    }

    @Test
    void findingsComeInTheOrderOfTheTextWithTheirOwnExcerpts() {
        String text = "Mejla anna@exempel.se, ring 070-123 45 67 eller skriv om 850304-1231 (samordningsnr "
                + "850364-1238).";

        List<PersonalDataFinding> findings = PersonalDataGuard.find(text);

        assertThat(findings).extracting(PersonalDataFinding::kind).containsExactly(Kind.EMAIL_ADDRESS,
                Kind.PHONE_NUMBER, Kind.PERSONAL_IDENTITY_NUMBER, Kind.COORDINATION_NUMBER);
        assertThat(findings).extracting(PersonalDataFinding::excerpt)
                .containsExactly("anna@exempel.se", "070-123 45 67", "850304-1231", "850364-1238");
        assertThat(findings).allSatisfy(finding ->
                assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.excerpt()));
        assertThat(findings.get(1).start()).isEqualTo(text.indexOf("070"));
    }

    @Test
    void aPhoneNumberWithAPlusOrBracketsIsFoundWhole() {
        String text = "Kontakt: +46 (0)70-123 45 67.";

        assertThat(PersonalDataGuard.find(text)).singleElement().satisfies(finding -> {
            assertThat(finding.excerpt()).isEqualTo("+46 (0)70-123 45 67");
            assertThat(finding.start()).isEqualTo(9);
            assertThat(finding.end()).isEqualTo(28);
        });
    }

    @Test
    void digitsInsideAnEmailAddressAreOnlyTheAddress() {
        assertThat(PersonalDataGuard.find("Skriv till 0701234567@sms.exempel.se i stället."))
                .extracting(PersonalDataFinding::kind).containsExactly(Kind.EMAIL_ADDRESS);
    }

    @Test
    void anAddressWrittenToFoolHarvestersIsFoundWithItsWrittenAt() {
        assertThat(PersonalDataGuard.find("Hon nås på karin [at] mora.se."))
                .containsExactly(new PersonalDataFinding(Kind.EMAIL_ADDRESS, 11, 29, "karin [at] mora.se"));
        assertThat(PersonalDataGuard.find("Skriv till per.ek(at)falun.se eller ring."))
                .extracting(PersonalDataFinding::excerpt).containsExactly("per.ek(at)falun.se");
    }

    @Test
    void longCraftedInputIsReadWithoutRunningOutOfStack() {
        String domain = "a.".repeat(50_000) + "se";

        assertThat(PersonalDataGuard.find("anna@" + domain)).singleElement()
                .satisfies(finding -> assertThat(finding.end()).isEqualTo(5 + domain.length()));
        assertThat(PersonalDataGuard.find("1 ".repeat(50_000) + "(0)".repeat(30_000) + "+1 ".repeat(30_000)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2012031523821", "12012031523821", "1201203152382", "x2012031523821x"})
    void aPersonalIdentityNumberIsNeverFoundInsideALongerDigitRun(String text) {
        assertThat(PersonalDataGuard.find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"850304-1232", "850304-1230", "8503041239", "19850304-1232", "850229-1233",
            "850431-1237", "851304-1239", "850392-1234", "17850304-1231", "850300-1235", "19000229-1235"})
    void aNumberWithAWrongCheckDigitOrNoSuchDateIsNotAPersonalIdentityNumber(String text) {
        assertThat(PersonalDataGuard.find(text)).isEmpty();
    }

    @Test
    void theCheckDigitIsTheLuhnDigitOfTheTenDigitForm() {
        assertThat(IdentityNumbers.luhnHolds("8503041231")).isTrue();
        assertThat(IdentityNumbers.luhnHolds("6408233234")).isTrue();
        assertThat(IdentityNumbers.luhnHolds("6408233235")).isFalse();
    }

    @Test
    void aLeapDayNeedsALeapYearWhenTheCenturyIsWritten() {
        assertThat(kinds("19000229-1235")).isEmpty();
        assertThat(kinds("20000229-1243")).containsExactly(Kind.PERSONAL_IDENTITY_NUMBER);
        assertThat(kinds("000229-1243")).containsExactly(Kind.PERSONAL_IDENTITY_NUMBER);
    }

    @Test
    void aCoordinationNumberIsTheDayPlusSixtyAndNeedsARealDay() {
        assertThat(kinds("900372-9952")).containsExactly(Kind.COORDINATION_NUMBER);
        assertThat(kinds("900392-9958")).isEmpty();
    }

    @Test
    void tenDigitsThatAreBothAMobileNumberAndAnIdentityNumberAreJudgedByTheWordsBefore() {
        assertThat(kinds("Tel 0701234569 till pappan")).containsExactly(Kind.PHONE_NUMBER);
        assertThat(kinds("Ring 0701234569 i kväll")).containsExactly(Kind.PHONE_NUMBER);
        assertThat(kinds("Eleven 0701234569 har hög frånvaro")).containsExactly(Kind.PERSONAL_IDENTITY_NUMBER);
        assertThat(kinds("Eleven 070123-4569 har hög frånvaro")).containsExactly(Kind.PERSONAL_IDENTITY_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+12 345 678 jämfört med i fjol", "+12 500 000 kronor", "ökade med +25 %",
            "0012345678", "+46 kr per timme", "0180 1480", "09 12 2026", "05-03-2026"})
    void amountsReferencesAndDatesAreNotPhoneNumbers(String text) {
        assertThat(PersonalDataGuard.find(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Inga händelser att rapportera denna vecka."})
    void textWithoutPersonalDataPasses(String text) {
        assertThat(PersonalDataGuard.find(text)).isEmpty();
        PersonalDataGuard.requireNone("description", text);
    }

    @Test
    void requireNoneRefusesWithTheFieldAndEveryFinding() {
        String text = "Pappan (070-111 22 33) och pojken 100310-9855.";

        var refused = catchThrowableOfType(PersonalDataException.class,
                () -> PersonalDataGuard.requireNone("description", text));

        assertThat(refused.field()).isEqualTo("description");
        assertThat(refused.findings()).isEqualTo(PersonalDataGuard.find(text)).hasSize(2);
        assertThat(refused).isInstanceOf(RuntimeException.class);
    }

    @Test
    void theExceptionAndTheFindingKeepThePersonalDataOutOfLogs() {
        var refused = catchThrowableOfType(PersonalDataException.class,
                () -> PersonalDataGuard.requireNone("description", "Ring 070-111 22 33 eller anna@exempel.se"));

        assertThat(refused.getMessage()).isEqualTo("description: personal data found (PHONE_NUMBER, EMAIL_ADDRESS)")
                .doesNotContain("070", "anna");
        assertThat(refused.findings().get(0).toString()).isEqualTo("PersonalDataFinding[kind=PHONE_NUMBER, start=5, "
                + "end=18]");
    }

    @Test
    void anExceptionNeedsFindingsAndAFindingNeedsAnExcerptThatFitsItsSpan() {
        assertThatThrownBy(() -> new PersonalDataException("description", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalDataFinding(Kind.PHONE_NUMBER, 3, 5, "0701"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Kind> kinds(String text) {
        return PersonalDataGuard.find(text).stream().map(PersonalDataFinding::kind).toList();
    }
}
