package se.lagesbild.forum;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the county coordinator writes about a forum. Programme rows are given as the form has them, blank rows
 * included, so that a refused row is named by its place on the page; blank rows are left out when stored.
 *
 * @param invitedCodes the SCB codes of the invited municipalities, or null for every municipality of the county
 */
public record ForumDetails(ForumKind kind, String title, String purpose, LocalDate heldOn, LocalTime startsAt,
                           LocalTime endsAt, String place, String videoLink, LocalDate registrationDeadline,
                           Integer maxParticipants, List<ProgrammeItem> programme, List<String> invitedCodes) {

    public ForumDetails {
        title = title == null ? "" : title.strip();
        purpose = purpose == null ? "" : purpose.strip();
        place = place == null ? "" : place.strip();
        videoLink = videoLink == null ? "" : videoLink.strip();
        programme = programme == null ? List.of() : programme.stream()
                .map(item -> item == null ? new ProgrammeItem(null, null, "", "") : item).toList();
        invitedCodes = invitedCodes == null ? null : invitedCodes.stream().filter(code -> code != null
                && !code.isBlank()).map(String::strip).distinct().toList();
    }

    /** Every municipality of the county is invited. */
    public boolean invitesAll() {
        return invitedCodes == null;
    }
}
