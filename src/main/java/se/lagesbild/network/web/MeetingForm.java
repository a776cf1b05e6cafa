package se.lagesbild.network.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import se.lagesbild.network.Meeting;
import se.lagesbild.network.MeetingDetails;

/** A meeting as its form posts it; decisions are one field each, and three empty ones are offered for new ones. */
public class MeetingForm {

    static final int EMPTY_DECISIONS = 3;

    private String title = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time;
    private String place = "";
    private String agenda = "";
    private String minutes = "";
    private List<String> decisions = new ArrayList<>();
    private Set<Long> participantIds = new LinkedHashSet<>();
    private Integer version;

    static MeetingForm of(Meeting meeting) {
        var form = new MeetingForm();
        form.title = meeting.title();
        form.date = meeting.startsLocal().toLocalDate();
        form.time = meeting.startsLocal().toLocalTime();
        form.place = meeting.place();
        form.agenda = meeting.agenda();
        form.minutes = meeting.minutes();
        form.decisions = new ArrayList<>(meeting.decisions());
        form.participantIds = new LinkedHashSet<>(meeting.participantIds());
        form.version = meeting.version();
        return form;
    }

    MeetingDetails details() {
        return new MeetingDetails(title, date, time, place, agenda, minutes, decisions, participantIds);
    }

    /** The decision fields to show: what is there (or was typed), then empty ones for new decisions. */
    public List<String> getDecisionSlots() {
        var slots = new ArrayList<>(decisions);
        for (int i = 0; i < EMPTY_DECISIONS; i++) {
            slots.add("");
        }
        return slots;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public List<String> getDecisions() {
        return decisions;
    }

    public void setDecisions(List<String> decisions) {
        this.decisions = decisions == null ? new ArrayList<>() : decisions;
    }

    public Set<Long> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(Set<Long> participantIds) {
        this.participantIds = participantIds == null ? new LinkedHashSet<>() : participantIds;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
