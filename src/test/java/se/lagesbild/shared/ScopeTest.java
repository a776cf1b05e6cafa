package se.lagesbild.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopeTest {

    // organisation ids as they might be: Dalarna 20 with Falun 200 and Borlänge 201; Västmanland 19 with Västerås 190
    static final long DALARNA = 20, FALUN = 200, BORLANGE = 201, VASTMANLAND = 19, VASTERAS = 190;

    @Test
    void nationalScopeCoversEverything() {
        Scope national = Scope.national();
        assertThat(national.coversCounty(VASTMANLAND)).isTrue();
        assertThat(national.coversMunicipality(DALARNA, FALUN)).isTrue();
        assertThat(national.coversUnit(VASTMANLAND, VASTERAS, 7)).isTrue();
        assertThat(national.organisationId()).isNull();
    }

    @Test
    void countyScopeCoversItsOwnMunicipalitiesOnly() {
        Scope dalarna = Scope.county(DALARNA);
        assertThat(dalarna.coversCounty(DALARNA)).isTrue();
        assertThat(dalarna.coversCounty(VASTMANLAND)).isFalse();
        assertThat(dalarna.coversMunicipality(DALARNA, BORLANGE)).isTrue();
        assertThat(dalarna.coversMunicipality(VASTMANLAND, VASTERAS)).isFalse();
        assertThat(dalarna.coversUnit(DALARNA, FALUN, 5)).isTrue();
        assertThat(dalarna.organisationId()).isEqualTo(DALARNA);
    }

    @Test
    void municipalScopeCoversItsMunicipalityButNotItsCountyOrNeighbours() {
        Scope falun = Scope.municipality(DALARNA, FALUN);
        assertThat(falun.coversCounty(DALARNA)).isFalse();
        assertThat(falun.coversMunicipality(DALARNA, FALUN)).isTrue();
        assertThat(falun.coversMunicipality(DALARNA, BORLANGE)).isFalse();
        assertThat(falun.coversUnit(DALARNA, FALUN, 5)).isTrue();
        assertThat(falun.coversUnit(DALARNA, BORLANGE, 6)).isFalse();
        assertThat(falun.organisationId()).isEqualTo(FALUN);
    }

    @Test
    void unitScopeCoversOnlyItsUnit() {
        Scope police = Scope.unit(DALARNA, FALUN, 5);
        assertThat(police.coversUnit(DALARNA, FALUN, 5)).isTrue();
        assertThat(police.coversUnit(DALARNA, FALUN, 6)).isFalse();
        assertThat(police.coversMunicipality(DALARNA, FALUN)).isFalse();
        assertThat(police.coversCounty(DALARNA)).isFalse();
    }

    @Test
    void noRoleGrantsAboveItself() {
        for (Role granter : Role.values()) {
            for (Role granted : granter.grantableRoles()) {
                assertThat(granted.scopeLevel().compareTo(granter.scopeLevel()))
                        .as("%s may not grant %s", granter, granted).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(Role.MUNICIPAL_COORDINATOR.grantableRoles())
                .containsExactlyInAnyOrder(Role.MUNICIPAL_COORDINATOR, Role.CONTRIBUTOR);
        assertThat(Role.COUNTY_COORDINATOR.grantableRoles()).doesNotContain(Role.ADMIN, Role.NATIONAL_READER);
        assertThat(Role.CONTRIBUTOR.grantableRoles()).isEmpty();
        assertThat(Role.NATIONAL_READER.grantableRoles()).isEmpty();
    }
}
