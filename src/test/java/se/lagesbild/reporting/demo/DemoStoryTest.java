package se.lagesbild.reporting.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.lagesbild.reporting.ReportStatus;
import se.lagesbild.reporting.demo.ContributionHistory.DemoUnit;
import se.lagesbild.reporting.demo.PictureHistory.DemoMunicipality;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * The history is generated relative to today, so its story must hold on any day, not only on the day the
 * PostgreSQL test happens to run: the whole history of the two counties, generated in memory for dates a season
 * apart.
 */
class DemoStoryTest {

    static final List<String> MUNICIPALITIES = List.of("1904", "1907", "1960", "1961", "1962", "1980", "1981", "1982",
            "1983", "1984", "2021", "2023", "2026", "2029", "2031", "2034", "2039", "2061", "2062", "2080", "2081",
            "2082", "2083", "2084", "2085");
    static final List<String> SECTORS = List.of("POLICE", "SOCIAL_SERVICES", "SCHOOL", "LEISURE", "HOUSING",
            "RESCUE_SERVICES");

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-07", "2026-04-20", "2026-07-01", "2026-09-14", "2026-11-25", "2027-02-28"})
    void theStoryHoldsWhateverTheDate(String date) {
        LocalDate today = LocalDate.parse(date);
        Instant now = today.atTime(10, 0).atZone(SwedishCalendar.ZONE).toInstant();
        DemoWeeks weeks = DemoWeeks.before(today);
        var contributions = new ArrayList<DemoReport>();
        var pictures = new ArrayList<DemoReport>();
        var sectors = new HashMap<Long, String>();
        for (int m = 0; m < MUNICIPALITIES.size(); m++) {
            var ofMunicipality = new ArrayList<DemoReport>();
            for (int s = 0; s < SECTORS.size(); s++) {
                long unit = m * 10L + s;
                sectors.put(unit, SECTORS.get(s));
                var demoUnit = new DemoUnit(unit, m, MUNICIPALITIES.get(m), SECTORS.get(s), SECTORS.get(s), null, null);
                ofMunicipality.addAll(ContributionHistory.of(demoUnit, weeks, now, period -> false));
            }
            contributions.addAll(ofMunicipality);
            pictures.addAll(PictureHistory.of(new DemoMunicipality(m, MUNICIPALITIES.get(m), null, null),
                    DemoHistoryPlanner.monthsBefore(today), ofMunicipality, sectors, now, period -> false));
        }

        assertThat(contributions.size() / (150.0 * 52)).isBetween(0.95, 0.97);
        assertThat(share(contributions, ReportStatus.APPROVED)).isBetween(0.9, 0.97);
        assertThat(share(contributions, ReportStatus.RETURNED)).isBetween(0.02, 0.04);
        List<String> codes = weeks.isoWeeks().stream().map(Period::code).toList();
        // against the other municipalities over the same weeks, so that seasons and elections cancel out
        for (String municipality : DemoSituation.RACISM_RISING) {
            assertThat(movedBeyondOthers(contributions, municipality, "racism", codes.subList(35, 39),
                    codes.subList(48, 52))).as(municipality).isGreaterThan(0.6);
        }
        for (String municipality : DemoSituation.NETWORKS_RISING) {
            assertThat(movedBeyondOthers(contributions, municipality, "networks", codes.subList(0, 8),
                    codes.subList(44, 52))).as(municipality).isGreaterThan(0.6);
        }
        for (String municipality : DemoSituation.SCHOOL_IMPROVING) {
            assertThat(movedBeyondOthers(contributions, municipality, "school", codes.subList(18, 26),
                    codes.subList(44, 52))).as(municipality).isLessThan(-0.4);
        }
        assertThat(pictures.stream().filter(p -> p.status() == ReportStatus.RETURNED)).hasSize(2);
        assertThat(pictures.stream().collect(Collectors.groupingBy(DemoReport::municipalityId, Collectors.counting())))
                .hasSize(25).allSatisfy((municipality, count) -> assertThat(count).isBetween(8L, 12L));
        assertThat(pictures.stream().filter(p -> p.answers().get("summary_joint").contains("olika bedömningar")))
                .hasSizeBetween(10, 80);
        assertThat(IsoWeek.parse(codes.get(51)).next()).isEqualTo(IsoWeek.containing(today));
    }

    private static double share(List<DemoReport> reports, ReportStatus status) {
        return reports.stream().filter(r -> r.status() == status).count() / (double) reports.size();
    }

    /** How far a theme moved in a municipality between two sets of weeks, beyond its mean move elsewhere. */
    private static double movedBeyondOthers(List<DemoReport> reports, String municipality, String theme,
                                            List<String> before, List<String> after) {
        double elsewhere = MUNICIPALITIES.stream().filter(m -> !m.equals(municipality))
                .mapToDouble(m -> mean(reports, m, theme, after) - mean(reports, m, theme, before))
                .average().orElseThrow();
        return mean(reports, municipality, theme, after) - mean(reports, municipality, theme, before) - elsewhere;
    }

    private static double mean(List<DemoReport> reports, String municipality, String theme, List<String> periods) {
        Set<String> wanted = Set.copyOf(periods);
        long id = MUNICIPALITIES.indexOf(municipality);
        return reports.stream().filter(r -> r.municipalityId() == id && wanted.contains(r.periodCode()))
                .map(r -> r.answers().getOrDefault(DemoSituation.levelKey(theme), "dont_know"))
                .filter(v -> !v.equals("dont_know")).mapToInt(Integer::parseInt).average().orElseThrow();
    }

}
