package se.lagesbild.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lagesbild.support.PostgresTest;

/** The seed migration holds Sweden's counties and municipalities with their SCB codes, on real PostgreSQL. */
@PostgresTest
class OrganisationSeedTest {

    @Autowired
    OrganisationRepository repository;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void holdsExactly21CountiesAnd290Municipalities() {
        var all = repository.findAll();
        assertThat(all).filteredOn(o -> o.kind() == OrganisationKind.COUNTRY).hasSize(1);
        assertThat(all).filteredOn(o -> o.kind() == OrganisationKind.COUNTY).hasSize(21);
        assertThat(all).filteredOn(o -> o.kind() == OrganisationKind.MUNICIPALITY).hasSize(290);
    }

    @Test
    void everyMunicipalityBelongsToTheCountyOfItsCodePrefix() {
        Integer mismatches = jdbc.sql("""
                select count(*) from organisation m join organisation c on c.id = m.parent_id
                where m.kind = 'MUNICIPALITY' and (c.kind <> 'COUNTY' or substring(m.code, 1, 2) <> c.code)""")
                .query(Integer.class).single();
        assertThat(mismatches).isZero();
    }

    @Test
    void sampleCodesAndNamesAreRight() {
        assertMunicipality("2080", "Falun", "20", "Dalarnas län");
        assertMunicipality("2081", "Borlänge", "20", "Dalarnas län");
        assertMunicipality("0180", "Stockholm", "01", "Stockholms län");
        assertMunicipality("2584", "Kiruna", "25", "Norrbottens län");
        assertMunicipality("1980", "Västerås", "19", "Västmanlands län");
        assertMunicipality("1480", "Göteborg", "14", "Västra Götalands län");
        assertThat(organisations.findByCode("19").orElseThrow().name()).isEqualTo("Västmanlands län");
        assertThat(organisations.childrenOf(organisations.findByCode("20").orElseThrow().id())).hasSize(15);
    }

    @Test
    void countiesAreListedInSwedishAlphabeticalOrder() {
        var names = organisations.counties().stream().map(Organisation::name).toList();
        assertThat(names.get(0)).isEqualTo("Blekinge län");
        assertThat(names.subList(names.size() - 3, names.size()))
                .containsExactly("Västra Götalands län", "Örebro län", "Östergötlands län");
    }

    private void assertMunicipality(String code, String name, String countyCode, String countyName) {
        Organisation municipality = organisations.findByCode(code).orElseThrow();
        assertThat(municipality.name()).isEqualTo(name);
        assertThat(municipality.kind()).isEqualTo(OrganisationKind.MUNICIPALITY);
        Organisation county = organisations.get(municipality.parentId());
        assertThat(county.code()).isEqualTo(countyCode);
        assertThat(county.name()).isEqualTo(countyName);
    }
}
