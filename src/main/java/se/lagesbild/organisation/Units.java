package se.lagesbild.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.organisation.OrganisationEvents.UnitChanged;
import se.lagesbild.organisation.OrganisationEvents.UnitRegistered;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.StaleEditException;

/** Units of municipalities: reading within scope, and registering and changing them for coordinators. */
@Service
@Transactional(readOnly = true)
public class Units {

    private final UnitRepository repository;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Units(UnitRepository repository, Organisations organisations, JdbcClient jdbc, ApplicationEventPublisher events,
          Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A unit the user may see; unknown and out-of-scope ids alike are not found. */
    public Unit get(CurrentUser user, long id) {
        Unit unit = repository.findById(id).orElseThrow(() -> new NotFoundException("unit " + id));
        Organisation municipality = organisations.get(unit.municipalityId());
        if (!user.scope().coversUnit(municipality.parentId(), municipality.id(), unit.id())) {
            throw new OutOfScopeException("unit " + id, municipality.id());
        }
        return unit;
    }

    public List<Unit> inMunicipality(long municipalityId) {
        return repository.findByMunicipalityIdOrderByName(municipalityId).stream()
                .sorted(Comparator.comparing(Unit::name, Organisations.SWEDISH_ORDER)).toList();
    }

    /** Number of active units per municipality, for many municipalities in one query. */
    public Map<Long, Integer> activeCountByMunicipality(Collection<Long> municipalityIds) {
        if (municipalityIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select municipality_id, count(*) as units from unit
                        where active = true and municipality_id in (:ids) group by municipality_id""")
                .param("ids", municipalityIds)
                .query((rs, row) -> Map.entry(rs.getLong("municipality_id"), rs.getInt("units")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Active units inside a county or national scope, counted in the database. */
    public int activeCountIn(Organisation area) {
        String where = switch (area.kind()) {
            case COUNTRY -> "true";
            case COUNTY -> "o.parent_id = :area";
            case MUNICIPALITY -> "o.id = :area";
        };
        return jdbc.sql("select count(*) from unit u join organisation o on o.id = u.municipality_id "
                        + "where u.active = true and " + where)
                .param("area", area.id())
                .query(Integer.class).single();
    }

    public boolean mayManage(CurrentUser user, Organisation municipality) {
        return user.role().managesAccountsAndUnits() && municipality.isMunicipality()
                && organisations.covers(user.scope(), municipality);
    }

    @Transactional
    public Unit register(CurrentUser actor, Organisation municipality, UnitDetails details) {
        requireManage(actor, municipality);
        requireFreeName(municipality.id(), details.name(), null);
        Unit unit = repository.save(Unit.register(municipality.id(), details, clock.instant()));
        events.publishEvent(new UnitRegistered(unit.id(), municipality.id(), actor.getUsername()));
        return unit;
    }

    @Transactional
    public Unit change(CurrentUser actor, long id, int expectedVersion, UnitDetails details) {
        Unit unit = get(actor, id);
        Organisation municipality = organisations.get(unit.municipalityId());
        requireManage(actor, municipality);
        if (unit.version() != expectedVersion) {
            throw new StaleEditException("unit " + id);
        }
        requireFreeName(municipality.id(), details.name(), unit.id());
        unit.change(details);
        Unit saved = repository.save(unit);
        events.publishEvent(new UnitChanged(saved.id(), municipality.id(), actor.getUsername()));
        return saved;
    }

    private void requireManage(CurrentUser actor, Organisation municipality) {
        if (!mayManage(actor, municipality)) {
            throw new AccessDeniedException("may not manage units of " + municipality.code());
        }
    }

    private void requireFreeName(long municipalityId, String name, Long exceptId) {
        boolean taken = repository.findByMunicipalityIdOrderByName(municipalityId).stream()
                .anyMatch(other -> !other.id().equals(exceptId) && other.name().equalsIgnoreCase(name.trim()));
        if (taken) {
            throw new InvalidInputException("name", "unit.name.taken");
        }
    }
}
