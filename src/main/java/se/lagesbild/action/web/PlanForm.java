package se.lagesbild.action.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

import se.lagesbild.action.ActionPlan;
import se.lagesbild.action.Goal;
import se.lagesbild.action.GoalDraft;
import se.lagesbild.action.PlanDetails;
import se.lagesbild.action.PlanKind;
import se.lagesbild.action.PlanStatus;

/** A plan as its form posts it: its own fields, the problems it works on and a goal per problem. */
public class PlanForm {

    private PlanKind kind = PlanKind.ACTION_PLAN;
    private String title = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private PlanStatus status = PlanStatus.DRAFT;
    private String municipalitySignatory = "";
    private String policeSignatory = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;
    private String publicSummary = "";
    private List<Long> problemIds = new ArrayList<>();
    private Map<Long, Integer> targetLevel = new HashMap<>();
    private Map<Long, String> targetPeriod = new HashMap<>();
    private Map<Long, String> goalDescription = new HashMap<>();
    private List<Long> knowledgeItemIds = new ArrayList<>();
    private Integer version;

    static PlanForm of(ActionPlan plan) {
        var form = new PlanForm();
        form.kind = plan.kind();
        form.title = plan.title();
        form.startsOn = plan.startsOn();
        form.endsOn = plan.endsOn();
        form.status = plan.status();
        form.municipalitySignatory = plan.municipalitySignatory();
        form.policeSignatory = plan.policeSignatory();
        form.signedOn = plan.signedOn();
        form.publicSummary = plan.publicSummary();
        for (Goal goal : plan.goals()) {
            form.problemIds.add(goal.problemId());
            form.targetLevel.put(goal.problemId(), goal.targetLevel());
            form.targetPeriod.put(goal.problemId(), goal.targetPeriod());
            form.goalDescription.put(goal.problemId(), goal.description());
        }
        form.knowledgeItemIds.addAll(plan.knowledgeItemIds());
        form.version = plan.version();
        return form;
    }

    PlanDetails details() {
        return new PlanDetails(title, startsOn, endsOn, status, municipalitySignatory, policeSignatory, signedOn,
                publicSummary);
    }

    /** A goal for every chosen problem, with what was typed for it. */
    List<GoalDraft> goals() {
        return problemIds.stream().distinct().map(id -> new GoalDraft(id, targetLevel.get(id), targetPeriod.get(id),
                goalDescription.get(id))).toList();
    }

    /** The knowledge-bank items ticked. */
    java.util.Set<Long> knowledge() {
        return new java.util.HashSet<>(knowledgeItemIds);
    }

    public List<Long> getKnowledgeItemIds() {
        return knowledgeItemIds;
    }

    public void setKnowledgeItemIds(List<Long> knowledgeItemIds) {
        this.knowledgeItemIds = knowledgeItemIds == null ? new ArrayList<>() : knowledgeItemIds;
    }

    public PlanKind getKind() {
        return kind;
    }

    public void setKind(PlanKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public String getMunicipalitySignatory() {
        return municipalitySignatory;
    }

    public void setMunicipalitySignatory(String municipalitySignatory) {
        this.municipalitySignatory = municipalitySignatory;
    }

    public String getPoliceSignatory() {
        return policeSignatory;
    }

    public void setPoliceSignatory(String policeSignatory) {
        this.policeSignatory = policeSignatory;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getPublicSummary() {
        return publicSummary;
    }

    public void setPublicSummary(String publicSummary) {
        this.publicSummary = publicSummary;
    }

    public List<Long> getProblemIds() {
        return problemIds;
    }

    public void setProblemIds(List<Long> problemIds) {
        this.problemIds = problemIds == null ? new ArrayList<>() : problemIds;
    }

    public Map<Long, Integer> getTargetLevel() {
        return targetLevel;
    }

    public void setTargetLevel(Map<Long, Integer> targetLevel) {
        this.targetLevel = targetLevel;
    }

    public Map<Long, String> getTargetPeriod() {
        return targetPeriod;
    }

    public void setTargetPeriod(Map<Long, String> targetPeriod) {
        this.targetPeriod = targetPeriod;
    }

    public Map<Long, String> getGoalDescription() {
        return goalDescription;
    }

    public void setGoalDescription(Map<Long, String> goalDescription) {
        this.goalDescription = goalDescription;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
