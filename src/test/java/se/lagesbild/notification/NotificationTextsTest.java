package se.lagesbild.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.lagesbild.reporting.ReportKind;
import se.lagesbild.shared.period.DueDates;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.Month;

/** Due moments in Swedish words, and the notice texts: complete in both languages and safe for MessageFormat. */
class NotificationTextsTest {

    @ParameterizedTest
    @CsvSource({
            "2026-W07, måndag 16 februari kl. 12",
            // summer time: still noon in Sweden
            "2026-W27, måndag 6 juli kl. 12",
            // the Monday after week 52 of 2026 is in January 2027
            "2026-W53, måndag 4 januari kl. 12"})
    void weeklyContributionsAreDueMondayNoon(String week, String expected) {
        assertThat(NotificationTexts.dueMoment(DueDates.weeklyContribution(IsoWeek.parse(week)))).isEqualTo(expected);
    }

    @Test
    void aDueMomentAtTheEndOfTheDayIsTheDayAlone() {
        assertThat(NotificationTexts.dueMoment(DueDates.monthlyPicture(Month.of(2026, 3))))
                .isEqualTo("torsdag 9 april");
        assertThat(NotificationTexts.dueMoment(ZonedDateTime.parse("2026-04-09T08:30:00+02:00[Europe/Stockholm]")))
                .isEqualTo("torsdag 9 april kl. 8.30");
    }

    @Test
    void theTextsNameUnitMunicipalityPeriodAndDueMoment() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages-notification");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var texts = new NotificationTexts(messages);
        var notice = new Notice(NoticeKind.REMINDER, 1, true, ReportKind.CONTRIBUTION, "unit:12", "2026-W07", null,
                "REMINDER:unit:12:2026-W07", "Socialtjänsten", "Falun",
                DueDates.weeklyContribution(IsoWeek.parse("2026-W07")));

        assertThat(texts.of(notice).body()).isEqualTo(
                "Bidraget för vecka 7 2026 från Socialtjänsten i Falun ska vara inskickat senast måndag 16 februari kl. 12.");
        assertThat(texts.mailBody("Text.", "https://lagesbild.example/")).endsWith(
                "\nDina aviseringar: https://lagesbild.example/notifications");
        assertThat(texts.mailBody("Text.", "")).doesNotContain("http");
    }

    @Test
    void everyKeyIsInBothLanguagesWithoutApostrophes() throws IOException {
        Properties swedish = load("/messages-notification.properties");
        Properties english = load("/messages-notification_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(swedish.stringPropertyNames());
        for (ReportKind report : ReportKind.values()) {
            for (NoticeKind kind : NoticeKind.values()) {
                if (!kind.aboutReport()) {
                    continue; // a NoticeSource writes its own texts
                }
                assertThat(swedish).containsKeys("notification." + report + "." + kind + ".subject",
                        "notification." + report + "." + kind + ".body");
            }
        }
        for (NoticeKind kind : NoticeKind.values()) {
            assertThat(swedish).as("the page names every kind").containsKey("notifications.kind." + kind);
        }
        for (Properties messages : new Properties[] {swedish, english}) {
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                // MessageFormat swallows a single apostrophe, and the placeholder after it too
                assertThat(text).as(key).doesNotContain("'");
                assertThat(new MessageFormat(text).format(new Object[] {"a", "b", "c", "d"})).as(key).isNotBlank();
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(NotificationTextsTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
