package se.lagesbild.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.lagesbild.organisation.Sector;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.UnitDetails;

/** The unit form as typed; the version guards against overwriting someone else's save. */
class UnitFormData {

    @NotBlank
    @Size(max = 150)
    private String name;
    @NotNull
    private Sector sector;
    private boolean active = true;
    private int version;

    static UnitFormData of(Unit unit) {
        var form = new UnitFormData();
        form.name = unit.name();
        form.sector = unit.sector();
        form.active = unit.active();
        form.version = unit.version();
        return form;
    }

    UnitDetails toDetails() {
        return new UnitDetails(name.trim(), sector, active);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
