package se.lagesbild.action.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import se.lagesbild.action.Approach;
import se.lagesbild.action.Horizon;
import se.lagesbild.action.Measure;
import se.lagesbild.action.MeasureBasis;
import se.lagesbild.action.MeasureDetails;
import se.lagesbild.action.MeasureStatus;

/**
 * A measure as its form posts it. What it answers to comes as checkbox values: {@code p:<problem>} for a problem,
 * {@code c:<problem>:<cause>} for one of its causes; anything else is ignored (and so answers to nothing).
 */
public class MeasureForm {

    private String title = "";
    private String description = "";
    private Approach approach;
    private Horizon horizon;
    private String owner = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    private Long costEstimate;
    private MeasureStatus status = MeasureStatus.PLANNED;
    private List<String> basis = new ArrayList<>();
    private Integer version;

    static MeasureForm of(Measure measure) {
        var form = new MeasureForm();
        form.title = measure.title();
        form.description = measure.description();
        form.approach = measure.approach();
        form.horizon = measure.horizon();
        form.owner = measure.owner();
        form.startsOn = measure.startsOn();
        form.dueOn = measure.dueOn();
        form.costEstimate = measure.costEstimate();
        form.status = measure.status();
        measure.basis().forEach(b -> form.basis.add(value(b)));
        form.version = measure.version();
        return form;
    }

    /** The checkbox value for a basis. */
    static String value(MeasureBasis basis) {
        return basis.causeId() == null ? "p:" + basis.problemId() : "c:" + basis.problemId() + ":" + basis.causeId();
    }

    MeasureDetails details() {
        return new MeasureDetails(title, description, approach, horizon, owner, startsOn, dueOn, costEstimate, status,
                parsedBasis());
    }

    private Set<MeasureBasis> parsedBasis() {
        var parsed = new HashSet<MeasureBasis>();
        for (String value : basis) {
            String[] parts = value == null ? new String[0] : value.split(":");
            try {
                if (parts.length == 2 && parts[0].equals("p")) {
                    parsed.add(new MeasureBasis(Long.parseLong(parts[1]), null));
                } else if (parts.length == 3 && parts[0].equals("c")) {
                    parsed.add(new MeasureBasis(Long.parseLong(parts[1]), Long.parseLong(parts[2])));
                }
            } catch (NumberFormatException ignored) {
                // not a basis this form offered: it answers to nothing
            }
        }
        return parsed;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Approach getApproach() {
        return approach;
    }

    public void setApproach(Approach approach) {
        this.approach = approach;
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public void setHorizon(Horizon horizon) {
        this.horizon = horizon;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getCostEstimate() {
        return costEstimate;
    }

    public void setCostEstimate(Long costEstimate) {
        this.costEstimate = costEstimate;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public void setStatus(MeasureStatus status) {
        this.status = status;
    }

    public List<String> getBasis() {
        return basis;
    }

    public void setBasis(List<String> basis) {
        this.basis = basis == null ? new ArrayList<>() : basis;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
