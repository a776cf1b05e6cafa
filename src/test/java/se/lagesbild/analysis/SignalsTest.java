package se.lagesbild.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lagesbild.analysis.Change.DECREASING;
import static se.lagesbild.analysis.Change.INCREASING;
import static se.lagesbild.analysis.Change.UNKNOWN;
import static se.lagesbild.analysis.Signals.SignalType.ABOVE_MEDIAN;
import static se.lagesbild.analysis.Signals.SignalType.JUMP;
import static se.lagesbild.analysis.Signals.SignalType.RISING;
import static se.lagesbild.analysis.Signals.SignalType.SECTOR_DISAGREEMENT;
import static se.lagesbild.form.MeasuredTheme.DEMOCRACY;
import static se.lagesbild.form.MeasuredTheme.EXTREMISM;
import static se.lagesbild.form.MeasuredTheme.LEISURE;
import static se.lagesbild.form.MeasuredTheme.NETWORKS;
import static se.lagesbild.form.MeasuredTheme.PROTECTIVE;
import static se.lagesbild.form.MeasuredTheme.RACISM;
import static se.lagesbild.form.MeasuredTheme.SCHOOL;
import static se.lagesbild.form.MeasuredTheme.THREATS;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.lagesbild.analysis.Signals.Signal;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Sector;
import se.lagesbild.shared.period.Month;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

class SignalsTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Period OCT = Month.of(2026, 10);
    private static final String AUG = "2026-08";
    private static final String SEP = "2026-09";
    private static final String OCT_CODE = "2026-10";
    private static final List<Period> PERIODS = PeriodKind.lastN(OCT, 3);
    private static final SectorGrid NO_SECTORS = SectorGrid.builder(PERIODS).build();

    private final ResourceBundleMessageSource messages = messageSource();

    private static LevelGrid.Builder grid(Long... municipalityIds) {
        return LevelGrid.builder(PERIODS, List.of(municipalityIds));
    }

    private static Signal jump(long municipalityId, MeasuredTheme theme, int level, int previous) {
        return new Signal(JUMP, municipalityId, theme, OCT_CODE, level, previous, null, null, null, null, null, null);
    }

    private static Signal aboveMedian(long municipalityId, MeasuredTheme theme, int level,
                                      double median) {
        return new Signal(ABOVE_MEDIAN, municipalityId, theme, OCT_CODE, level, null, median, null, null, null, null,
                null);
    }

    private static Signal rising(long municipalityId, MeasuredTheme theme, Integer level) {
        return new Signal(RISING, municipalityId, theme, OCT_CODE, level, null, null, null, null, null, null, null);
    }

    @Test
    void aJumpOfTwoStepsFromTheImmediatelyPreviousPeriod() {
        // RACISM, September → October:
        //   1: 1 → 3  (+2)          JUMP
        //   2: 2 → 3  (+1)          no
        //   3: Aug 0, Sep NOT APPROVED, Oct 4   no: never compare across the gap to August
        //   4: "vet ej" → 4         no: unknown previous level
        //   5: Sep missing, Oct 3   no
        // October levels 3, 3, 4, 4, 3 → median 3; nobody is 2 above it. No change answers → nothing rising.
        LevelGrid grid = grid(1L, 2L, 3L, 4L, 5L)
                .assess(1, SEP, RACISM, 1, UNKNOWN).assess(1, OCT_CODE, RACISM, 3, UNKNOWN)
                .assess(2, SEP, RACISM, 2, UNKNOWN).assess(2, OCT_CODE, RACISM, 3, UNKNOWN)
                .assess(3, AUG, RACISM, 0, UNKNOWN).picture(3, SEP, PictureState.NOT_APPROVED)
                .assess(3, OCT_CODE, RACISM, 4, UNKNOWN)
                .assess(4, SEP, RACISM, null, UNKNOWN).assess(4, OCT_CODE, RACISM, 4, UNKNOWN)
                .assess(5, OCT_CODE, RACISM, 3, UNKNOWN)
                .build();

        assertThat(Signals.detect(grid, NO_SECTORS, OCT)).containsExactly(jump(1, RACISM, 3, 1));
    }

    @Test
    void forProtectiveFactorsAFallIsTheJump() {
        // PROTECTIVE, September → October (concern = 4 − level):
        //   1: 4 → 2   concern 0 → 2 (+2)   JUMP
        //   2: 1 → 3   concern 3 → 1        no: protective factors got stronger
        //   3: 2 → 1   concern 2 → 3 (+1)   no
        // October levels 2, 3, 1 → median 2 (concern 2); the highest concern, 3, is only 1 above.
        LevelGrid grid = grid(1L, 2L, 3L)
                .assess(1, SEP, PROTECTIVE, 4, UNKNOWN).assess(1, OCT_CODE, PROTECTIVE, 2, UNKNOWN)
                .assess(2, SEP, PROTECTIVE, 1, UNKNOWN).assess(2, OCT_CODE, PROTECTIVE, 3, UNKNOWN)
                .assess(3, SEP, PROTECTIVE, 2, UNKNOWN).assess(3, OCT_CODE, PROTECTIVE, 1, UNKNOWN)
                .build();

        assertThat(Signals.detect(grid, NO_SECTORS, OCT)).containsExactly(jump(1, PROTECTIVE, 2, 4));
    }

    /**
     * October only (no earlier levels, so no jumps):
     *
     * <pre>
     * NETWORKS    0, 1, 2, 4, "vet ej" (5), NOT APPROVED (6) → known 0,1,2,4: even count, median (1+2)/2 = 1.5;
     *             4 − 1.5 = 2.5 ≥ 2 → municipality 4; 2 − 1.5 = 0.5 no
     * SCHOOL      1, 1, 3 → median 1; 3 − 1 = 2, exactly the threshold → municipality 3
     * LEISURE     0, 4 and "vet ej" → only 2 known: no median, no signal
     * PROTECTIVE  4, 3, 3, 1 → levels 1,3,3,4: median 3 (concern 1); municipality 4 at level 1 is concern 3,
     *             2 above → signal; level 4 is concern 0, never a problem
     * Order: concern 4 (NETWORKS 4) first; then concern 3 with 2 past the threshold twice: by municipality id,
     *        SCHOOL 3 before PROTECTIVE 4.
     * </pre>
     */
    @Test
    void farAboveTheCountyMedianWithEvenCountsAndTooFewKnown() {
        LevelGrid grid = grid(1L, 2L, 3L, 4L, 5L, 6L)
                .assess(1, OCT_CODE, NETWORKS, 0, UNKNOWN).assess(2, OCT_CODE, NETWORKS, 1, UNKNOWN)
                .assess(3, OCT_CODE, NETWORKS, 2, UNKNOWN).assess(4, OCT_CODE, NETWORKS, 4, UNKNOWN)
                .assess(5, OCT_CODE, NETWORKS, null, UNKNOWN)
                .picture(6, OCT_CODE, PictureState.NOT_APPROVED)
                .assess(1, OCT_CODE, SCHOOL, 1, UNKNOWN).assess(2, OCT_CODE, SCHOOL, 1, UNKNOWN)
                .assess(3, OCT_CODE, SCHOOL, 3, UNKNOWN)
                .assess(1, OCT_CODE, LEISURE, 0, UNKNOWN).assess(2, OCT_CODE, LEISURE, 4, UNKNOWN)
                .assess(3, OCT_CODE, LEISURE, null, UNKNOWN)
                .assess(1, OCT_CODE, PROTECTIVE, 4, UNKNOWN).assess(2, OCT_CODE, PROTECTIVE, 3, UNKNOWN)
                .assess(3, OCT_CODE, PROTECTIVE, 3, UNKNOWN).assess(4, OCT_CODE, PROTECTIVE, 1, UNKNOWN)
                .build();

        assertThat(Signals.countyMedianLevel(grid, OCT, NETWORKS)).isEqualTo(1.5);
        assertThat(Signals.countyMedianLevel(grid, OCT, LEISURE)).isNull();
        assertThat(Signals.detect(grid, NO_SECTORS, OCT)).containsExactly(
                aboveMedian(4, NETWORKS, 4, 1.5),
                aboveMedian(3, SCHOOL, 3, 1.0),
                aboveMedian(4, PROTECTIVE, 1, 3.0));
    }

    @Test
    void worseningThreePeriodsInARow() {
        // THREATS    1: ↑ ↑ ↑ (levels 1, 2, 3)   RISING, level 3 (1 → 2 → 3 is no jump)
        //            2: ↑ ? ↑                    no: unknown September
        //            3: NOT APPROVED, ↑ ↑        no: unapproved August
        // DEMOCRACY  2: ↑ ↑ ↑, October "vet ej"  RISING, level unknown → listed last
        // PROTECTIVE 4: ↓ ↓ ↓ (3, 3, 2)          RISING (weakening), concern 2
        //            5: ↑ ↑ ↑                    no: strengthening
        // At most one known level per theme and period → no medians.
        LevelGrid grid = grid(1L, 2L, 3L, 4L, 5L)
                .assess(1, AUG, THREATS, 1, INCREASING).assess(1, SEP, THREATS, 2, INCREASING)
                .assess(1, OCT_CODE, THREATS, 3, INCREASING)
                .assess(2, AUG, THREATS, null, INCREASING).assess(2, SEP, THREATS, null, UNKNOWN)
                .assess(2, OCT_CODE, THREATS, null, INCREASING)
                .picture(3, AUG, PictureState.NOT_APPROVED).assess(3, SEP, THREATS, null, INCREASING)
                .assess(3, OCT_CODE, THREATS, null, INCREASING)
                .assess(2, AUG, DEMOCRACY, null, INCREASING).assess(2, SEP, DEMOCRACY, null, INCREASING)
                .assess(2, OCT_CODE, DEMOCRACY, null, INCREASING)
                .assess(4, AUG, PROTECTIVE, 3, DECREASING).assess(4, SEP, PROTECTIVE, 3, DECREASING)
                .assess(4, OCT_CODE, PROTECTIVE, 2, DECREASING)
                .assess(5, AUG, PROTECTIVE, null, INCREASING).assess(5, SEP, PROTECTIVE, null, INCREASING)
                .assess(5, OCT_CODE, PROTECTIVE, null, INCREASING)
                .build();

        assertThat(Signals.detect(grid, NO_SECTORS, OCT)).containsExactly(
                rising(1, THREATS, 3),
                rising(4, PROTECTIVE, 2),
                rising(2, DEMOCRACY, null));
    }

    /**
     * EXTREMISM, sector means per month (spread = highest − lowest):
     *
     * <pre>
     * 1: Aug police 3, school 1 (2) · Sep police 4, social 1 (3) · Oct police 4 and 3 = 3.5, school 1 (2.5) → signal
     * 2: Aug police only · Sep 4/1 (3) · Oct 4/1 (3)                                   → no: August breaks it
     * 3: Aug 3/1 (2) · Sep police 3, school 1 and 2 = 1.5 (1.5) · Oct 4/1 (3)            → no: September too close
     * 4: Aug police 0, school 2 (2) · Sep police 2, school 0 (2) ·
     *    Oct police 1, social 3, school 3 (2; the tie for highest goes to social services, first in Sector order)
     *                                                                                   → signal, spread 2
     * Order by spread: 1 (2.5) before 4 (2).
     * </pre>
     */
    @Test
    void sectorsDisagreeingThreePeriodsInARow() {
        SectorGrid sectors = SectorGrid.builder(PERIODS)
                .add(1, AUG, EXTREMISM, Sector.POLICE, 3).add(1, AUG, EXTREMISM, Sector.SCHOOL, 1)
                .add(1, SEP, EXTREMISM, Sector.POLICE, 4).add(1, SEP, EXTREMISM, Sector.SOCIAL_SERVICES, 1)
                .add(1, OCT_CODE, EXTREMISM, Sector.POLICE, 4).add(1, OCT_CODE, EXTREMISM, Sector.POLICE, 3)
                .add(1, OCT_CODE, EXTREMISM, Sector.SCHOOL, 1)
                .add(2, AUG, EXTREMISM, Sector.POLICE, 4)
                .add(2, SEP, EXTREMISM, Sector.POLICE, 4).add(2, SEP, EXTREMISM, Sector.SCHOOL, 1)
                .add(2, OCT_CODE, EXTREMISM, Sector.POLICE, 4).add(2, OCT_CODE, EXTREMISM, Sector.SCHOOL, 1)
                .add(3, AUG, EXTREMISM, Sector.POLICE, 3).add(3, AUG, EXTREMISM, Sector.SCHOOL, 1)
                .add(3, SEP, EXTREMISM, Sector.POLICE, 3).add(3, SEP, EXTREMISM, Sector.SCHOOL, 1)
                .add(3, SEP, EXTREMISM, Sector.SCHOOL, 2)
                .add(3, OCT_CODE, EXTREMISM, Sector.POLICE, 4).add(3, OCT_CODE, EXTREMISM, Sector.SCHOOL, 1)
                .add(4, AUG, EXTREMISM, Sector.POLICE, 0).add(4, AUG, EXTREMISM, Sector.SCHOOL, 2)
                .add(4, SEP, EXTREMISM, Sector.POLICE, 2).add(4, SEP, EXTREMISM, Sector.SCHOOL, 0)
                .add(4, OCT_CODE, EXTREMISM, Sector.POLICE, 1).add(4, OCT_CODE, EXTREMISM, Sector.SCHOOL, 3)
                .add(4, OCT_CODE, EXTREMISM, Sector.SOCIAL_SERVICES, 3)
                .build();

        assertThat(Signals.detect(grid(1L, 2L, 3L, 4L).build(), sectors, OCT)).containsExactly(
                new Signal(SECTOR_DISAGREEMENT, 1, EXTREMISM, OCT_CODE, null, null, null, Sector.POLICE,
                        Sector.SCHOOL, 3.5, 1.0, 2.5),
                new Signal(SECTOR_DISAGREEMENT, 4, EXTREMISM, OCT_CODE, null, null, null, Sector.SOCIAL_SERVICES,
                        Sector.POLICE, 3.0, 1.0, 2.0));
    }

    /**
     * RACISM October: 1 → 3 (September 1: JUMP, concern 3), 2 → 4 (September missing), 3 → 0, 4 → 0:
     * levels 0,0,3,4 → median 1.5; 2 is 2.5 above (ABOVE_MEDIAN, concern 4), 1 only 1.5. THREATS 3: rising.
     * SCHOOL 4: police 4 and school 1 all three months. Most severe first: above-median at concern 4, the jump at
     * concern 3, the rising run, the sector disagreement.
     */
    @Test
    void theListIsOrderedBySeverity() {
        LevelGrid grid = grid(1L, 2L, 3L, 4L)
                .assess(1, SEP, RACISM, 1, UNKNOWN).assess(1, OCT_CODE, RACISM, 3, UNKNOWN)
                .assess(2, OCT_CODE, RACISM, 4, UNKNOWN)
                .assess(3, OCT_CODE, RACISM, 0, UNKNOWN).assess(4, OCT_CODE, RACISM, 0, UNKNOWN)
                .assess(3, AUG, THREATS, null, INCREASING).assess(3, SEP, THREATS, null, INCREASING)
                .assess(3, OCT_CODE, THREATS, 2, INCREASING)
                .build();
        var sectors = SectorGrid.builder(PERIODS);
        for (String month : List.of(AUG, SEP, OCT_CODE)) {
            sectors.add(4, month, SCHOOL, Sector.POLICE, 4).add(4, month, SCHOOL, Sector.SCHOOL, 1);
        }

        List<Signal> signals = Signals.detect(grid, sectors.build(), OCT);

        assertThat(signals).extracting(Signal::key).containsExactly(
                "ABOVE_MEDIAN:2:racism:2026-10",
                "JUMP:1:racism:2026-10",
                "RISING:3:threats:2026-10",
                "SECTOR_DISAGREEMENT:4:school:2026-10");
        assertThat(signals.get(0).countyMedian()).isEqualTo(1.5);
        assertThat(signals).allSatisfy(signal -> assertThat(signal.key()).hasSizeLessThanOrEqualTo(120));
    }

    @Test
    void nothingIsSignalledForAPeriodWithoutApprovedPictures() {
        LevelGrid grid = grid(1L, 2L, 3L).picture(1, OCT_CODE, PictureState.NOT_APPROVED).build();
        assertThat(Signals.detect(grid, NO_SECTORS, OCT)).isEmpty();
    }

    @Test
    void theKeyIsStableAndShort() {
        assertThat(jump(123, RACISM, 3, 1).key()).isEqualTo("JUMP:123:racism:2026-10");
        MeasuredTheme longestTheme = Arrays.stream(MeasuredTheme.values())
                .max(Comparator.comparingInt(theme -> theme.key().length())).orElseThrow();
        var longest = new Signal(SECTOR_DISAGREEMENT, Long.MIN_VALUE, longestTheme, "2026-W52", null, null, null,
                Sector.POLICE, Sector.SCHOOL, 3.0, 1.0, 2.0);
        assertThat(longest.key()).hasSizeLessThanOrEqualTo(120);
    }

    @Test
    void explainsAJumpInSwedishAndEnglish() {
        Signal signal = jump(1, RACISM, 3, 1);

        assertThat(signal.title(messages, SWEDISH)).isEqualTo("Snabb ökning");
        assertThat(signal.explanation(messages, SWEDISH, "Malmö")).isEqualTo(
                "Rasism, hatbrott och främlingsfientlighet i Malmö: nivån steg från 1 – låg till 3 – hög på en "
                        + "period.");
        assertThat(signal.title(messages, Locale.ENGLISH)).isEqualTo("Sharp rise");
        assertThat(signal.explanation(messages, Locale.ENGLISH, "Malmö")).isEqualTo(
                "Racism, hate crime and xenophobia in Malmö: the level rose from 1 – low to 3 – high in one period.");
    }

    @Test
    void protectiveFactorsAreExplainedAsWeakening() {
        assertThat(jump(1, PROTECTIVE, 2, 4).title(messages, SWEDISH)).isEqualTo("Snabb försvagning");
        assertThat(jump(1, PROTECTIVE, 2, 4).explanation(messages, SWEDISH, "Lund")).isEqualTo(
                "Skyddsfaktorer och positiva krafter i Lund: skyddsfaktorerna försvagades från 4 – mycket hög till "
                        + "2 – måttlig på en period.");
        assertThat(aboveMedian(4, PROTECTIVE, 1, 3.0).title(messages, Locale.ENGLISH))
                .isEqualTo("Far below the county median");
        assertThat(aboveMedian(4, PROTECTIVE, 1, 3.0).explanation(messages, Locale.ENGLISH, "Lund")).isEqualTo(
                "Protective factors and positive forces in Lund: protective factors are 1 – low, at least two steps "
                        + "weaker than the county median (3).");
        assertThat(rising(4, PROTECTIVE, 2).explanation(messages, SWEDISH, "Lund")).isEqualTo(
                "Skyddsfaktorer och positiva krafter i Lund: skyddsfaktorerna har bedömts minska tre perioder i rad "
                        + "och är nu 2 – måttlig.");
    }

    @Test
    void explainsTheOtherRulesWithLocalNumbers() {
        assertThat(aboveMedian(4, NETWORKS, 4, 1.5).explanation(messages, SWEDISH, "Ystad")).isEqualTo(
                "Kriminella nätverk och rekrytering av unga i Ystad: nivån 4 – mycket hög ligger minst två steg över "
                        + "länets median (1,5).");
        assertThat(aboveMedian(4, NETWORKS, 4, 1.5).explanation(messages, Locale.ENGLISH, "Ystad")).isEqualTo(
                "Criminal networks and recruitment of young people in Ystad: the level 4 – very high is at least two "
                        + "steps above the county median (1.5).");
        assertThat(rising(1, THREATS, 3).title(messages, SWEDISH)).isEqualTo("Ökar tre perioder i rad");
        assertThat(rising(1, THREATS, 3).explanation(messages, SWEDISH, "Eslöv")).isEqualTo(
                "Hot och hat mot förtroendevalda, tjänstepersoner och journalister i Eslöv: läget har bedömts "
                        + "förvärras tre perioder i rad och är nu 3 – hög.");
        assertThat(rising(2, DEMOCRACY, null).explanation(messages, Locale.ENGLISH, "Eslöv")).isEqualTo(
                "Democracy and human rights in Eslöv: the situation has been assessed as worsening three periods in "
                        + "a row.");

        var disagreement = new Signal(SECTOR_DISAGREEMENT, 1, EXTREMISM, OCT_CODE, null, null, null, Sector.POLICE,
                Sector.SCHOOL, 3.5, 1.0, 2.5);
        assertThat(disagreement.title(messages, SWEDISH)).isEqualTo("Verksamheterna är oeniga");
        assertThat(disagreement.explanation(messages, SWEDISH, "Malmö")).isEqualTo(
                "Våldsbejakande extremism i Malmö: verksamheternas bedömningar har skilt sig minst två steg tre "
                        + "perioder i rad. Senaste perioden: Polis 3,5 i snitt, Skola 1 (en skillnad på 2,5 steg).");
        assertThat(disagreement.explanation(messages, Locale.ENGLISH, "Malmö")).isEqualTo(
                "Violent extremism in Malmö: the sectors’ assessments have differed by at least two steps three "
                        + "periods in a row. Latest period: Police 3.5 on average, School 1 (a difference of 2.5 "
                        + "steps).");
    }

    @Test
    void bothBundlesHaveTheSameKeysAndNoAsciiApostrophes() throws IOException {
        Properties swedish = load("/messages-signals.properties");
        Properties english = load("/messages-signals_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(swedish.stringPropertyNames());
        for (Signals.SignalType type : Signals.SignalType.values()) {
            assertThat(swedish).containsKey("signal.type." + type.name());
        }
        for (Properties bundle : List.of(swedish, english)) {
            assertThat(bundle.values()).allSatisfy(text -> assertThat((String) text).doesNotContain("'"));
        }
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = SignalsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The bundles a page showing signals needs: the signals' own, theme and level names, sector names. */
    private static ResourceBundleMessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages-signals", "messages-form", "messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
