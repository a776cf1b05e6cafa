package se.lagesbild.organisation;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;

/**
 * The organisation hierarchy and scope decisions over it. The hierarchy only changes by migration (SCB codes),
 * so it is read once and held in memory: a few hundred rows, asked on almost every request.
 */
@Service
public class Organisations {

    /** Swedish alphabetical order: Å, Ä and Ö come after Z. */
    public static final Comparator<String> SWEDISH_ORDER = Collator.getInstance(Locale.forLanguageTag("sv"))::compare;

    private final OrganisationRepository repository;
    private volatile Directory directory;

    Organisations(OrganisationRepository repository) {
        this.repository = repository;
    }

    private record Directory(Map<Long, Organisation> byId, Map<String, Organisation> byCode,
                             Map<Long, List<Organisation>> children) {
    }

    private Directory directory() {
        Directory current = directory;
        if (current == null) {
            List<Organisation> all = repository.findAll();
            current = new Directory(
                    all.stream().collect(Collectors.toUnmodifiableMap(Organisation::id, Function.identity())),
                    all.stream().collect(Collectors.toUnmodifiableMap(Organisation::code, Function.identity())),
                    all.stream().filter(o -> o.parentId() != null)
                            .sorted(Comparator.comparing(Organisation::name, SWEDISH_ORDER))
                            .collect(Collectors.groupingBy(Organisation::parentId, Collectors.toUnmodifiableList())));
            directory = current;
        }
        return current;
    }

    public Optional<Organisation> findByCode(String code) {
        return Optional.ofNullable(directory().byCode().get(code));
    }

    public Optional<Organisation> findById(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(directory().byId().get(id));
    }

    public Organisation get(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("organisation " + id));
    }

    public Organisation country() {
        return findByCode("SE").orElseThrow();
    }

    public List<Organisation> counties() {
        return childrenOf(country().id());
    }

    public List<Organisation> childrenOf(long id) {
        return directory().children().getOrDefault(id, List.of());
    }

    /** The county an organisation belongs to (itself for a county); empty for the country. */
    public Optional<Organisation> countyOf(Organisation organisation) {
        return switch (organisation.kind()) {
            case COUNTRY -> Optional.empty();
            case COUNTY -> Optional.of(organisation);
            case MUNICIPALITY -> findById(organisation.parentId());
        };
    }

    public boolean covers(Scope scope, Organisation organisation) {
        return switch (organisation.kind()) {
            case COUNTRY -> scope.isNational();
            case COUNTY -> scope.coversCounty(organisation.id());
            case MUNICIPALITY -> scope.coversMunicipality(organisation.parentId(), organisation.id());
        };
    }

    /** Counties and municipalities inside the scope, the scope's own organisation first. */
    public List<Organisation> within(Scope scope) {
        return switch (scope.level()) {
            case NATIONAL -> directory().byId().values().stream()
                    .sorted(Comparator.comparing(Organisation::code)).toList();
            case COUNTY -> {
                Organisation county = get(scope.countyId());
                yield java.util.stream.Stream.concat(java.util.stream.Stream.of(county), childrenOf(county.id()).stream())
                        .toList();
            }
            case MUNICIPALITY -> List.of(get(scope.municipalityId()));
            case UNIT -> List.of();
        };
    }

    /** The organisation a role must be placed at: Sweden for national roles, a county or a municipality. */
    public static OrganisationKind placementFor(Role role) {
        return switch (role.scopeLevel()) {
            case NATIONAL -> OrganisationKind.COUNTRY;
            case COUNTY -> OrganisationKind.COUNTY;
            case MUNICIPALITY, UNIT -> OrganisationKind.MUNICIPALITY;
        };
    }

    /** The scope of an account with this role, placed at this organisation (and unit, for contributors). */
    public Scope scopeOf(Role role, Organisation placement, Long unitId) {
        return switch (role.scopeLevel()) {
            case NATIONAL -> Scope.national();
            case COUNTY -> Scope.county(placement.id());
            case MUNICIPALITY -> Scope.municipality(placement.parentId(), placement.id());
            case UNIT -> Scope.unit(placement.parentId(), placement.id(), unitId);
        };
    }
}
