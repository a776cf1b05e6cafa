package se.lagesbild.organisation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A department or partner organisation inside one municipality that contributes to its picture. */
@Table("unit")
public class Unit {

    @Id
    private Long id;
    private final Long municipalityId;
    private String name;
    private Sector sector;
    private boolean active;
    @Version
    private Integer version;
    private final Instant createdAt;

    @PersistenceCreator
    Unit(Long id, Long municipalityId, String name, Sector sector, boolean active, Integer version, Instant createdAt) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.name = name;
        this.sector = sector;
        this.active = active;
        this.version = version;
        this.createdAt = createdAt;
    }

    static Unit register(long municipalityId, UnitDetails details, Instant now) {
        return new Unit(null, municipalityId, details.name(), details.sector(), true, null, now);
    }

    void change(UnitDetails details) {
        this.name = details.name();
        this.sector = details.sector();
        this.active = details.active();
    }

    public Long id() {
        return id;
    }

    public long municipalityId() {
        return municipalityId;
    }

    public String name() {
        return name;
    }

    public Sector sector() {
        return sector;
    }

    public boolean active() {
        return active;
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UnitDetails details() {
        return new UnitDetails(name, sector, active);
    }
}
