package se.lagesbild.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.network.NetworkAccess.Network;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * The network's meetings: planned and written up by the county's coordinators (with optimistic locking: a save on an
 * old version is refused and the page keeps what was typed), read by everyone who reads the network.
 */
@Service
public class NetworkMeetings {

    static final int TITLE_MAX = 200;
    static final int PLACE_MAX = 500;
    static final int AGENDA_MAX = 4000;
    static final int MINUTES_MAX = 20000;
    static final int DECISION_MAX = 1000;
    static final int DECISIONS_MAX = 30;

    /** A meeting with its participants, and whether the user may change it. */
    public record MeetingView(Organisation county, Meeting meeting, List<Networks.MemberView> participants,
                              boolean writable) {
    }

    /** A meeting coming up in a network the user belongs to or runs, for the start page. */
    public record UpcomingMeeting(Organisation county, Meeting meeting) {
    }

    private final NetworkAccess access;
    private final Networks networks;
    private final MeetingRepository meetings;
    private final Clock clock;

    NetworkMeetings(NetworkAccess access, Networks networks, MeetingRepository meetings, Clock clock) {
        this.access = access;
        this.networks = networks;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MeetingView view(CurrentUser user, String countyCode, long id) {
        Network network = access.readable(user, countyCode);
        Meeting meeting = meetingOf(network, id);
        Set<Long> participantIds = meeting.participantIds();
        var participants = networks.memberViews(network, false).stream()
                .filter(member -> participantIds.contains(member.member().id())).toList();
        return new MeetingView(network.county(), meeting, participants, access.manages(user, network));
    }

    /** The members of a network whose meetings the user plans, to choose the participants from; 404 otherwise. */
    @Transactional(readOnly = true)
    public List<Networks.MemberView> participantChoices(CurrentUser user, String countyCode) {
        return networks.memberViews(access.managed(user, countyCode), false);
    }

    @Transactional
    public Meeting create(CurrentUser user, String countyCode, MeetingDetails details) {
        Network network = access.managed(user, countyCode);
        Meeting.Accepted accepted = check(network, details);
        return meetings.save(Meeting.plan(network.id(), accepted, user.getUsername(), clock.instant()));
    }

    /** Changes a meeting; {@code expectedVersion} is the version the form was opened on. */
    @Transactional
    public Meeting update(CurrentUser user, String countyCode, long id, int expectedVersion, MeetingDetails details) {
        Network network = access.managed(user, countyCode);
        Meeting meeting = meetingOf(network, id);
        Meeting.Accepted accepted = check(network, details);
        Networks.requireVersion(meeting.version(), expectedVersion, "meeting " + id);
        meeting.apply(accepted, user.getUsername(), clock.instant());
        try {
            return meetings.save(meeting);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("meeting " + id);
        }
    }

    /**
     * The meetings of the coming {@code days} days in the network of the user's county, when the user runs it (a
     * county coordinator) or is a member of it; soonest first.
     */
    @Transactional(readOnly = true)
    public List<UpcomingMeeting> upcomingFor(CurrentUser user, int days) {
        if (user.scope().countyId() == null || user.role() == Role.ADMIN || user.role() == Role.NATIONAL_READER) {
            return List.of();
        }
        Network network = access.network(access.organisation(user.scope().countyId()));
        if (!access.manages(user, network) && !access.isMember(user, network)) {
            return List.of();
        }
        Instant from = LocalDate.now(clock.withZone(SwedishCalendar.ZONE)).atStartOfDay(SwedishCalendar.ZONE)
                .toInstant();
        return meetings.findBetween(network.id(), from, from.plus(Duration.ofDays(days + 1L))).stream()
                .sorted(Comparator.comparing(Meeting::startsAt))
                .map(meeting -> new UpcomingMeeting(network.county(), meeting)).toList();
    }

    private Meeting meetingOf(Network network, long id) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting " + id));
        if (meeting.networkId() != network.id()) {
            throw new NotFoundException("meeting " + id);
        }
        return meeting;
    }

    private Meeting.Accepted check(Network network, MeetingDetails details) {
        var checks = RefusedInputException.checks();
        String title = Networks.strip(details.title());
        checks.required("title", title, TITLE_MAX, "network.meeting.title.required");
        if (details.date() == null) {
            checks.problem("date", "network.meeting.date.required");
        }
        if (details.time() == null) {
            checks.problem("time", "network.meeting.time.required");
        }
        String place = Networks.strip(details.place());
        String agenda = Networks.strip(details.agenda());
        String minutes = Networks.strip(details.minutes());
        checks.text("place", place, PLACE_MAX).text("agenda", agenda, AGENDA_MAX).text("minutes", minutes,
                MINUTES_MAX);
        var decisions = new ArrayList<String>();
        List<String> given = details.decisions() == null ? List.of() : details.decisions();
        for (int i = 0; i < given.size(); i++) {
            String decision = Networks.strip(given.get(i));
            if (!decision.isEmpty()) {
                checks.text("decisions[" + i + "]", decision, DECISION_MAX);
                decisions.add(decision);
            }
        }
        if (decisions.size() > DECISIONS_MAX) {
            checks.problem("decisions", "network.meeting.decisions.tooMany", DECISIONS_MAX);
        }
        Set<Long> participants = details.participantIds() == null ? Set.of()
                : new LinkedHashSet<>(details.participantIds());
        if (!networks.memberIds(network.id()).containsAll(participants)) {
            checks.problem("participantIds", "network.meeting.participants.invalid");
        }
        checks.throwIfAny();
        Instant startsAt = details.date().atTime(details.time()).atZone(SwedishCalendar.ZONE).toInstant();
        return new Meeting.Accepted(title, startsAt, place, agenda, minutes, decisions, participants);
    }
}
