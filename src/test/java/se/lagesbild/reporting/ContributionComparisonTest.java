package se.lagesbild.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lagesbild.reporting.PictureMother.HOUSING;
import static se.lagesbild.reporting.PictureMother.LEISURE;
import static se.lagesbild.reporting.PictureMother.POLICE;
import static se.lagesbild.reporting.PictureMother.SCHOOL;
import static se.lagesbild.reporting.PictureMother.SOCIAL_SERVICES;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.lagesbild.form.DefaultForm;
import se.lagesbild.form.Forms;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Sector;
import se.lagesbild.organisation.Units;
import se.lagesbild.reporting.PictureBasis.ThemeComparison;
import se.lagesbild.reporting.PictureBasis.UnitAssessment;
import se.lagesbild.reporting.PictureBasis.PeriodLevel;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.Month;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;
import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/**
 * The basis of a municipal picture on real PostgreSQL: counted contributions grouped per theme and unit, the
 * disagreement threshold, the suggested joint level, the week-to-month rule, the contribution schedule and scope. Each test owns its months
 * of 2023, which no other test uses.
 */
@PostgresTest
class ContributionComparisonTest {

    private static final String FALUN = "2080";

    @Autowired
    ContributionComparison comparison;
    @Autowired
    Reports reports;
    @Autowired
    ReportRepository reportRepository;
    @Autowired
    ReportingForms reportingForms;
    @Autowired
    Forms forms;
    @Autowired
    Organisations organisations;
    @Autowired
    Units units;
    @Autowired
    Schedules schedules;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    PictureMother mother;
    long falun;

    @BeforeEach
    void setUp() {
        mother = new PictureMother(reports, users, jdbc);
        falun = mother.organisation(FALUN);
    }

    @Test
    void contributionsAreGroupedPerThemeAndUnitWithTheLatestLevelsAndDisagreementFromTwoSteps() {
        String coordinator = DemoLogins.FALUN_COORDINATOR;
        // police: racism 3 then 1, so its latest level is 1; school 3: two steps apart
        mother.submitted(coordinator, mother.unit(FALUN, POLICE), "2023-W10", Map.of(
                "racism_level", "3", "racism_change", "increasing", "racism_observed", "Klotter vid resecentrum.",
                "networks_level", "2", "threats_level", "dont_know"));
        mother.submitted(coordinator, mother.unit(FALUN, POLICE), "2023-W12", Map.of(
                "racism_level", "1", "racism_change", "decreasing", "networks_level", "2"));
        mother.submitted(coordinator, mother.unit(FALUN, SCHOOL), "2023-W11", Map.of(
                "racism_level", "3", "racism_change", "unchanged", "racism_observed", "Rasistiska kommentarer på raster.",
                "networks_level", "3", "threats_level", "0"));
        mother.approved(coordinator, coordinator, mother.unit(FALUN, LEISURE), "2023-W13", Map.of(
                "racism_level", "2", "threats_level", "1"));
        // a draft never counts
        mother.draft(coordinator, mother.unit(FALUN, SOCIAL_SERVICES), "2023-W11", Map.of(
                "racism_level", "4", "racism_observed", "Utkast som inte ska synas."));

        PictureBasis basis = comparison.basisFor(mother.user(coordinator), falun, "2023-03");

        assertThat(basis.weeks()).extracting(IsoWeek::code)
                .containsExactly("2023-W09", "2023-W10", "2023-W11", "2023-W12", "2023-W13");
        assertThat(basis.themes()).extracting(ThemeComparison::key).containsExactly("extremism", "racism",
                "networks", "school", "leisure", "public_space", "threats", "democracy", "root_causes", "protective");
        assertThat(basis.contributors()).extracting(PictureBasis.Contributor::name)
                .containsExactly(LEISURE, SCHOOL, POLICE);
        assertThat(basis.unitsWithoutContribution()).contains(SOCIAL_SERVICES, HOUSING).doesNotContain(POLICE);
        assertThat(basis.picture()).isNull();

        ThemeComparison racism = theme(basis, "racism");
        assertThat(racism.units()).extracting(UnitAssessment::unitName).containsExactly(LEISURE, SCHOOL, POLICE);
        UnitAssessment police = unit(racism, POLICE);
        assertThat(police.sector()).isEqualTo(Sector.POLICE);
        assertThat(police.levels()).extracting(PeriodLevel::level).containsExactly(null, "3", null, "1", null);
        assertThat(police.latestLevel()).isEqualTo("1");
        assertThat(police.latestChange()).isEqualTo("decreasing");
        assertThat(police.observations()).extracting(PictureBasis.Observation::text)
                .containsExactly("Klotter vid resecentrum.");
        assertThat(unit(racism, SCHOOL).observations()).extracting(PictureBasis.Observation::periodCode)
                .containsExactly("2023-W11");
        assertThat(racism.units()).flatExtracting(UnitAssessment::observations)
                .extracting(PictureBasis.Observation::text).doesNotContain("Utkast som inte ska synas.");
        assertThat(racism.spread()).isEqualTo(2);
        assertThat(racism.disagreement()).as("two steps apart").isTrue();
        assertThat(racism.atLowest()).extracting(UnitAssessment::unitName).containsExactly(POLICE);
        assertThat(racism.atHighest()).extracting(UnitAssessment::unitName).containsExactly(SCHOOL);
        assertThat(racism.suggestedLevel()).as("median of 2, 3, 1").isEqualTo(2);

        ThemeComparison networks = theme(basis, "networks");
        assertThat(networks.spread()).isEqualTo(1);
        assertThat(networks.disagreement()).as("one step apart").isFalse();
        assertThat(networks.suggestedLevel()).as("median of 2 and 3, rounded half up").isEqualTo(3);

        ThemeComparison threats = theme(basis, "threats");
        assertThat(unit(threats, POLICE).latestLevel()).isEqualTo("dont_know");
        assertThat(threats.spread()).as("don't know is not on the scale").isEqualTo(1);
        assertThat(threats.suggestedLevel()).as("median of 0 and 1").isEqualTo(1);

        ThemeComparison extremism = theme(basis, "extremism");
        assertThat(extremism.spread()).isZero();
        assertThat(extremism.suggestedLevel()).as("only don't know").isNull();
        assertThat(basis.anyDisagreement()).isTrue();
    }

    @Test
    void aWeekBelongsToTheMonthOfItsThursday() {
        assertThat(ContributionComparison.weeksOf(Month.of(2023, 5))).extracting(IsoWeek::code)
                .containsExactly("2023-W18", "2023-W19", "2023-W20", "2023-W21");
        assertThat(ContributionComparison.weeksOf(Month.of(2023, 6))).extracting(IsoWeek::code)
                .containsExactly("2023-W22", "2023-W23", "2023-W24", "2023-W25", "2023-W26");
        assertThat(ContributionComparison.weeksOf(Month.of(2020, 12))).extracting(IsoWeek::code)
                .endsWith("2020-W52", "2020-W53");
        assertThat(ContributionComparison.weeksOf(Month.of(2021, 1))).extracting(IsoWeek::code)
                .startsWith("2021-W01");
        assertThat(ContributionComparison.monthOf(IsoWeek.of(2023, 22))).isEqualTo(Month.of(2023, 6));
        assertThat(ContributionComparison.monthOf(IsoWeek.of(2020, 53))).isEqualTo(Month.of(2020, 12));

        // 2023-W22 runs from Monday 29 May to Sunday 4 June; its Thursday is 1 June
        String coordinator = DemoLogins.FALUN_COORDINATOR;
        mother.submitted(coordinator, mother.unit(FALUN, POLICE), "2023-W22", Map.of("racism_level", "4"));
        mother.submitted(coordinator, mother.unit(FALUN, SCHOOL), "2023-W21", Map.of("racism_level", "1"));

        PictureBasis may = comparison.basisFor(mother.user(coordinator), falun, "2023-05");
        PictureBasis june = comparison.basisFor(mother.user(coordinator), falun, "2023-06");
        assertThat(may.contributors()).extracting(PictureBasis.Contributor::name).containsExactly(SCHOOL);
        assertThat(june.contributors()).extracting(PictureBasis.Contributor::name).containsExactly(POLICE);
        assertThat(unit(theme(june, "racism"), POLICE).levels()).extracting(PeriodLevel::level)
                .containsExactly("4", null, null, null, null);
    }

    /**
     * Säter (no other test uses it) reports monthly: its basis has months as columns, and a tertial's basis has the
     * tertial's four months; weekly contributions from before the schedule changed still count.
     */
    @Test
    void theContributionScheduleDecidesTheColumnsAndEveryCountedPeriodWithinThePictureShows() {
        long sater = mother.organisation("2082");
        long dalarna = mother.organisation("20");
        var coordinator = new CurrentUser(0, "sater.test", "Samordnare Säter", Role.MUNICIPAL_COORDINATOR,
                Scope.municipality(dalarna, sater), "Säter", true, null);
        long police = mother.unit("2082", POLICE);
        long school = mother.unit("2082", SCHOOL);
        long formId = forms.findByKey(DefaultForm.KEY).orElseThrow().id();
        mother.submitted(coordinator, police, "2023-W06", Map.of("racism_level", "1"));
        schedules.decideContributions(coordinator, formId, PeriodKind.MONTH, Set.of(police, school));
        mother.submitted(coordinator, police, "2023-02", Map.of("racism_level", "2"));
        mother.submitted(coordinator, school, "2023-03", Map.of("racism_level", "4"));

        PictureBasis february = comparison.basisFor(coordinator, sater, "2023-02");
        assertThat(february.columns()).extracting(Period::code).containsExactly("2023-W06", "2023-02");
        assertThat(february.unitsWithoutContribution()).containsExactly(SCHOOL);
        assertThat(unit(theme(february, "racism"), POLICE).latestLevel()).isEqualTo("2");

        PictureBasis tertial = comparison.basisFor(coordinator, sater, "2023-T1");
        assertThat(tertial.columns()).extracting(Period::code)
                .containsExactly("2023-01", "2023-W06", "2023-02", "2023-03", "2023-04");
        assertThat(tertial.weeks()).extracting(IsoWeek::code).containsExactly("2023-W06");
        assertThat(theme(tertial, "racism").spread()).isEqualTo(2);
        assertThat(theme(tertial, "racism").disagreement()).isTrue();
    }

    @Test
    void onlyTheMunicipalitysCoordinatorItsCountyAndAdministratorsReadTheBasis() {
        assertThat(comparison.basisFor(mother.user(DemoLogins.DALARNA_COUNTY), falun, "2023-04").period())
                .isEqualTo(Month.of(2023, 4));
        assertThat(comparison.basisFor(mother.user(DemoLogins.ADMIN), falun, "2023-04").municipalityName())
                .isEqualTo("Falun");
        assertThatThrownBy(() -> comparison.basisFor(mother.user(DemoLogins.BORLANGE_COORDINATOR), falun, "2023-04"))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> comparison.basisFor(mother.user(DemoLogins.VASTMANLAND_COUNTY), falun, "2023-04"))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> comparison.basisFor(mother.user(DemoLogins.FALUN_POLICE), falun, "2023-04"))
                .as("a unit sees its own contributions, not the others'").isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> comparison.basisFor(mother.user(DemoLogins.NATIONAL_READER), falun, "2023-04"))
                .as("national readers see consolidated pictures, never raw contributions")
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * One statement fetches every contribution with its answers, however many units and weeks there are: the
     * comparison is built on a JdbcClient that counts what it sends.
     */
    @Test
    void theContributionsAndTheirAnswersAreFetchedInOneStatementWhateverTheirNumber() {
        String coordinator = DemoLogins.FALUN_COORDINATOR;
        mother.submitted(coordinator, mother.unit(FALUN, POLICE), "2023-W45", Map.of("racism_level", "1"));
        for (String unit : List.of(POLICE, SCHOOL, LEISURE)) {
            for (String week : List.of("2023-W49", "2023-W50", "2023-W51")) {
                mother.submitted(coordinator, mother.unit(FALUN, unit), week, Map.of("racism_level", "2",
                        "racism_observed", "Iakttagelse " + week));
            }
        }
        AtomicInteger statements = new AtomicInteger();
        var counted = new ContributionComparison(new ContributionRows(JdbcClient.create(counting(statements))),
                reportRepository, reports, reportingForms, forms, organisations, units, schedules);

        PictureBasis one = counted.basisFor(mother.user(coordinator), falun, "2023-11");
        int forOne = statements.getAndSet(0);
        PictureBasis nine = counted.basisFor(mother.user(coordinator), falun, "2023-12");
        int forNine = statements.get();

        assertThat(one.contributors()).hasSize(1);
        assertThat(nine.contributors()).hasSize(3);
        assertThat(theme(nine, "racism").units()).flatExtracting(UnitAssessment::observations).hasSize(9);
        assertThat(forOne).isEqualTo(1);
        assertThat(forNine).isEqualTo(1);
    }

    private DataSource counting(AtomicInteger statements) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (Arrays.asList("prepareStatement", "createStatement", "prepareCall")
                                    .contains(method.getName())) {
                                statements.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    private static ThemeComparison theme(PictureBasis basis, String key) {
        return basis.themes().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private static UnitAssessment unit(ThemeComparison theme, String name) {
        return theme.units().stream().filter(u -> u.unitName().equals(name)).findFirst().orElseThrow();
    }
}
