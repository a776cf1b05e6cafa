package se.lagesbild.forum.web;

import java.util.ArrayList;
import java.util.List;

import se.lagesbild.forum.Participant;
import se.lagesbild.forum.Registration;

/** A municipality's participants as the registration form posts them: rows of name and role, blank ones ignored. */
public class RegistrationForm {

    static final int EXTRA_ROWS = 2;
    static final int MIN_ROWS = 3;

    private List<Row> participants = new ArrayList<>();
    private Integer version;

    public static class Row {

        private String name = "";
        private String role = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    static RegistrationForm of(Registration registration) {
        var form = new RegistrationForm();
        if (registration != null) {
            registration.participants().forEach(p -> {
                var row = new Row();
                row.name = p.name();
                row.role = p.role();
                form.participants.add(row);
            });
            form.version = registration.version();
        }
        return form;
    }

    List<Participant> rows() {
        return participants.stream().map(row -> row == null ? null : new Participant(row.name, row.role)).toList();
    }

    /** The rows written, plus empty ones up to the forum's limit. */
    RegistrationForm padded(int max) {
        participants.replaceAll(row -> row == null ? new Row() : row);
        int filled = (int) participants.stream().filter(r -> !new Participant(r.name, r.role).isBlank()).count();
        int rows = Math.max(participants.size(), Math.min(max, Math.max(MIN_ROWS, filled + EXTRA_ROWS)));
        while (participants.size() < rows) {
            participants.add(new Row());
        }
        return this;
    }

    public List<Row> getParticipants() {
        return participants;
    }

    public void setParticipants(List<Row> participants) {
        this.participants = participants == null ? new ArrayList<>() : participants;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
