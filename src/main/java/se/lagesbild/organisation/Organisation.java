package se.lagesbild.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Sweden, a county (län) or a municipality (kommun), identified by its SCB code. Seeded by migration only. */
@Table("organisation")
public record Organisation(@Id Long id, OrganisationKind kind, String code, String name, Long parentId) {

    public boolean isCounty() {
        return kind == OrganisationKind.COUNTY;
    }

    public boolean isMunicipality() {
        return kind == OrganisationKind.MUNICIPALITY;
    }
}
