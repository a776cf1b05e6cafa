package se.lagesbild.reporting.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.lagesbild.organisation.Sector;
import se.lagesbild.reporting.MeetingDetails;
import se.lagesbild.reporting.PictureMeeting;
import se.lagesbild.reporting.PictureMeetings;

/** The meeting form as typed; the version (empty for a meeting not yet recorded) guards against lost updates. */
class MeetingFormData {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate meetingDate;
    @NotEmpty
    private Set<Sector> participants = new LinkedHashSet<>();
    @Size(max = PictureMeetings.MINUTES_MAX_LENGTH)
    private String minutes = "";
    private Integer version;

    static MeetingFormData of(PictureMeeting meeting) {
        var form = new MeetingFormData();
        form.meetingDate = meeting.meetingDate();
        form.participants = new LinkedHashSet<>(meeting.participants());
        form.minutes = meeting.minutes();
        form.version = meeting.version();
        return form;
    }

    MeetingDetails toDetails() {
        return new MeetingDetails(meetingDate, participants, minutes);
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public Set<Sector> getParticipants() {
        return participants;
    }

    public void setParticipants(Set<Sector> participants) {
        this.participants = participants == null ? new LinkedHashSet<>() : participants;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
