package se.lagesbild.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.lagesbild.shared.CurrentUser;

/**
 * The zero-setup default keeps forums on H2 (PostgreSQL mode): the migration, times of day, the programme and
 * participant lists in order, the demo forums, and a forum created, registered for, answered and compiled. The same
 * configuration as {@code H2DefaultConfigurationSmokeTest}, so all of them share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:file:./target/h2-smoke/lagesbild-${random.uuid};MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ForumsOnH2Test {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Autowired
    Forums forums;
    @Autowired
    ForumParticipation participation;
    @Autowired
    ForumCompilation compilation;
    @Autowired
    UserDetailsService users;

    @Test
    void theDemoForumsAreReadBack() {
        CurrentUser admin = user("admin");
        var items = forums.listFor(admin);
        var round = items.stream().filter(i -> i.forum().title().startsWith("Kartläggning av mänskliga rättigheter"))
                .findFirst().orElseThrow();
        assertThat(round.forum().programme()).extracting(ProgrammeItem::startsAt)
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 15), LocalTime.of(10, 0), LocalTime.of(11, 45));
        assertThat(round.answered()).isEqualTo(2);
        var compiled = compilation.compiled(admin, round.forum().id(), SWEDISH);
        assertThat(compiled.answered()).containsExactly("Borlänge", "Falun");
        assertThat(compiled.questions()).hasSize(5);
        assertThat(items).anyMatch(i -> i.forum().title().startsWith("Dialogforum om hot mot det demokratiska"));
    }

    @Test
    void aForumIsCreatedRegisteredForAnsweredAndCompiled() {
        CurrentUser county = user("lansstyrelsen.vastmanland");
        CurrentUser vasteras = user("vasteras.samordnare");
        LocalDate day = LocalDate.now().plusMonths(1);
        Forum forum = forums.create(county, new ForumDetails(ForumKind.MAPPING_ROUND, "Kartläggning på H2", "",
                day, LocalTime.of(13, 30), LocalTime.of(15, 0), "", "https://mote.example.se/h2", day.minusDays(7), 2,
                List.of(new ProgrammeItem(LocalTime.of(13, 30), null, "Inledning", "")), null),
                QuestionSet.ofOwn(List.of("Första frågan?", "", "Andra frågan?")));
        assertThat(forums.view(county, forum.id()).forum().startsAt()).isEqualTo(LocalTime.of(13, 30));
        participation.register(vasteras, forum.id(), null,
                List.of(new Participant("Ann Exempel", "Strateg"), new Participant("Per Prov", "Samordnare")));
        participation.saveAnswers(vasteras, forum.id(), null, Map.of("q1", "Svar ett", "q2", "Svar två"), true);
        var registration = participation.registration(vasteras, forum.id()).registration();
        assertThat(registration.participants()).extracting(Participant::name).containsExactly("Ann Exempel",
                "Per Prov");
        var compiled = compilation.compiled(county, forum.id(), SWEDISH);
        assertThat(compiled.questions()).extracting(ForumCompilation.CompiledQuestion::label)
                .containsExactly("Första frågan?", "Andra frågan?");
        assertThat(compiled.questions().get(1).answers())
                .containsExactly(new ForumCompilation.MunicipalAnswer("Västerås", "Svar två"));
    }

    private CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }
}
