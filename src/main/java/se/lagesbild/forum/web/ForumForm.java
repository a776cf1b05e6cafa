package se.lagesbild.forum.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import se.lagesbild.forum.Forum;
import se.lagesbild.forum.ForumDetails;
import se.lagesbild.forum.ForumKind;
import se.lagesbild.forum.ProgrammeItem;
import se.lagesbild.forum.QuestionSet;

/**
 * A forum as its form posts it. The programme and the written questions are rows of fixed places; blank rows are
 * ignored, and a refused row keeps its place.
 */
public class ForumForm {

    /** Where the questions come from: written on the forum, or a published form. */
    public static final String OWN = "OWN";
    public static final String FORM = "FORM";
    static final int MIN_SLOT_ROWS = 6;
    static final int EXTRA_SLOT_ROWS = 3;
    static final int MAX_SLOT_ROWS = 30;
    static final int DEFAULT_PARTICIPANTS = 5;

    private ForumKind kind;
    private String title = "";
    private String purpose = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime startsAt;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime endsAt;
    private String place = "";
    private String videoLink = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationDeadline;
    private Integer maxParticipants = DEFAULT_PARTICIPANTS;
    private boolean allMunicipalities = true;
    private List<String> invitees = new ArrayList<>();
    private String questionSource = OWN;
    private Long formVersionId;
    private List<String> questions = new ArrayList<>();
    private List<Slot> programme = new ArrayList<>();
    private Integer version;

    /** A programme row. */
    public static class Slot {

        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime startsAt;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime endsAt;
        private String title = "";
        private String speaker = "";

        static Slot of(ProgrammeItem item) {
            var slot = new Slot();
            slot.startsAt = item.startsAt();
            slot.endsAt = item.endsAt();
            slot.title = item.title();
            slot.speaker = item.speaker();
            return slot;
        }

        ProgrammeItem item() {
            return new ProgrammeItem(startsAt, endsAt, title, speaker);
        }

        public LocalTime getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(LocalTime startsAt) {
            this.startsAt = startsAt;
        }

        public LocalTime getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(LocalTime endsAt) {
            this.endsAt = endsAt;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSpeaker() {
            return speaker;
        }

        public void setSpeaker(String speaker) {
            this.speaker = speaker;
        }
    }

    static ForumForm of(Forum forum, boolean invitesAll, List<String> invitedCodes, List<String> ownQuestions) {
        var form = new ForumForm();
        form.kind = forum.kind();
        form.title = forum.title();
        form.purpose = forum.purpose();
        form.heldOn = forum.heldOn();
        form.startsAt = forum.startsAt();
        form.endsAt = forum.endsAt();
        form.place = forum.place();
        form.videoLink = forum.videoLink();
        form.registrationDeadline = forum.registrationDeadline();
        form.maxParticipants = forum.maxParticipants();
        form.allMunicipalities = invitesAll;
        form.invitees = new ArrayList<>(invitesAll ? List.of() : invitedCodes);
        if (forum.ownForm()) {
            form.questionSource = OWN;
            form.questions = new ArrayList<>(ownQuestions);
        } else {
            form.questionSource = FORM;
            form.formVersionId = forum.formVersionId();
        }
        form.programme = new ArrayList<>(forum.programme().stream().map(Slot::of).toList());
        form.version = forum.version();
        return form;
    }

    ForumDetails details() {
        return new ForumDetails(kind, title, purpose, heldOn, startsAt, endsAt, place, videoLink,
                registrationDeadline, maxParticipants, programme.stream().map(s -> s == null ? null : s.item())
                .toList(), allMunicipalities ? null : invitees);
    }

    QuestionSet questionSet() {
        return FORM.equals(questionSource) && formVersionId != null ? QuestionSet.ofForm(formVersionId)
                : FORM.equals(questionSource) ? new QuestionSet(-1L, List.of()) : QuestionSet.ofOwn(questions);
    }

    /** Rows to show: what was written plus some empty ones (all ten question rows). */
    ForumForm padded() {
        while (questions.size() < QuestionSet.MAX_OWN_QUESTIONS) {
            questions.add("");
        }
        int filled = (int) programme.stream().filter(s -> s != null && !s.item().isBlank()).count();
        int rows = Math.min(MAX_SLOT_ROWS, Math.max(MIN_SLOT_ROWS, Math.max(programme.size(),
                filled + EXTRA_SLOT_ROWS)));
        programme.replaceAll(s -> s == null ? new Slot() : s);
        while (programme.size() < rows) {
            programme.add(new Slot());
        }
        return this;
    }

    public ForumKind getKind() {
        return kind;
    }

    public void setKind(ForumKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDate registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public Integer getMaxParticipants() {
        return maxParticipants;
    }

    public void setMaxParticipants(Integer maxParticipants) {
        this.maxParticipants = maxParticipants;
    }

    public boolean isAllMunicipalities() {
        return allMunicipalities;
    }

    public void setAllMunicipalities(boolean allMunicipalities) {
        this.allMunicipalities = allMunicipalities;
    }

    public List<String> getInvitees() {
        return invitees;
    }

    public void setInvitees(List<String> invitees) {
        this.invitees = invitees == null ? new ArrayList<>() : invitees;
    }

    public String getQuestionSource() {
        return questionSource;
    }

    public void setQuestionSource(String questionSource) {
        this.questionSource = questionSource;
    }

    public Long getFormVersionId() {
        return formVersionId;
    }

    public void setFormVersionId(Long formVersionId) {
        this.formVersionId = formVersionId;
    }

    public List<String> getQuestions() {
        return questions;
    }

    public void setQuestions(List<String> questions) {
        this.questions = questions == null ? new ArrayList<>() : questions;
    }

    public List<Slot> getProgramme() {
        return programme;
    }

    public void setProgramme(List<Slot> programme) {
        this.programme = programme == null ? new ArrayList<>() : programme;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
