package se.lagesbild.shared.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

import se.lagesbild.shared.personaldata.PersonalDataFinding.Kind;

class PersonalDataMessagesTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ResourceBundleMessageSource messages = messageSource();

    @Test
    void oneFindingIsNamedWithItsArticleAndQuoted() {
        var findings = PersonalDataGuard.find("Pojken med pnr 201203152382 har setts vid busstationen.");

        assertThat(PersonalDataMessages.message(messages, SWEDISH, findings)).isEqualTo(
                "Texten innehåller ett personnummer: 201203152382. Ta bort det och spara igen. En lägesbild "
                        + "beskriver företeelser, inte personer.");
        assertThat(PersonalDataMessages.message(messages, Locale.ENGLISH, findings)).isEqualTo(
                "The text contains a personal identity number: 201203152382. Remove it and save again. A situational "
                        + "picture describes phenomena, not people.");
    }

    @Test
    void severalKindsAreListedOnceEachInTheOrderTheyAppear() {
        var findings = PersonalDataGuard.find("Ring 070-111 22 33 eller 08-765 43 21, mejla anna@exempel.se om "
                + "850364-1238 och 850304-1231.");

        assertThat(PersonalDataMessages.message(messages, SWEDISH, findings)).startsWith(
                "Texten innehåller ett telefonnummer, en e-postadress, ett samordningsnummer och ett personnummer: "
                        + "070-111 22 33, 08-765 43 21, anna@exempel.se, 850364-1238, 850304-1231. Ta bort det");
        assertThat(PersonalDataMessages.message(messages, Locale.ENGLISH, findings.subList(0, 3))).startsWith(
                "The text contains a phone number and an e-mail address: 070-111 22 33, 08-765 43 21, "
                        + "anna@exempel.se. Remove it");
    }

    @Test
    void theSameTextTwiceIsQuotedOnce() {
        var findings = PersonalDataGuard.find("anna@exempel.se och igen anna@exempel.se");

        assertThat(PersonalDataMessages.message(messages, SWEDISH, findings))
                .startsWith("Texten innehåller en e-postadress: anna@exempel.se. Ta");
    }

    @Test
    void aControllerCanRejectTheFieldAndTheBindingErrorResolvesToTheSameMessage() {
        var form = new DescriptionForm("Ring 070-111 22 33");
        var binding = new BeanPropertyBindingResult(form, "form");
        PersonalDataException refused = null;
        try {
            PersonalDataGuard.requireNone("description", form.description());
        } catch (PersonalDataException e) {
            refused = e;
        }

        binding.rejectValue(refused.field(), PersonalDataMessages.FOUND,
                PersonalDataMessages.arguments(refused.findings()), null);

        assertThat(messages.getMessage(binding.getFieldError("description"), SWEDISH))
                .isEqualTo(messages.getMessage(PersonalDataMessages.resolvable(refused), SWEDISH))
                .startsWith("Texten innehåller ett telefonnummer: 070-111 22 33. Ta bort det och spara igen.");
    }

    @Test
    void everyKindHasANameInBothLanguagesAndTheFilesHaveTheSameKeys() {
        Properties swedish = load("/messages-personaldata.properties");
        Properties english = load("/messages-personaldata_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(swedish.stringPropertyNames());
        assertThat(swedish.stringPropertyNames()).contains(PersonalDataMessages.FOUND, PersonalDataMessages.PAIR,
                PersonalDataMessages.SERIES);
        assertThat(swedish.stringPropertyNames())
                .containsAll(Arrays.stream(Kind.values()).map(Kind::messageKey).toList());
        assertThat(Kind.PHONE_NUMBER.messageKey()).isEqualTo("personaldata.kind.PHONE_NUMBER");
    }

    @Test
    void messagesAreSafeForMessageFormat() {
        for (Properties properties : List.of(load("/messages-personaldata.properties"),
                load("/messages-personaldata_en.properties"))) {
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                assertThat(text).as(key).doesNotContain("'").isNotBlank();
                assertThat(new MessageFormat(text, Locale.ROOT).format(new Object[] {"a", "b"})).as(key)
                        .doesNotContain("{");
            }
        }
    }

    @Test
    void theApplicationLoadsTheMessages() {
        assertThat(load("/application.properties").getProperty("spring.messages.basename").split(","))
                .contains("messages-personaldata");
    }

    record DescriptionForm(String description) {
    }

    private static ResourceBundleMessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages-personaldata");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (InputStream in = PersonalDataMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
