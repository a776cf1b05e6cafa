package se.lagesbild.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.personaldata.PersonalDataException;
import se.lagesbild.shared.personaldata.PersonalDataGuard;

/**
 * The meeting a municipal picture was agreed at. Whoever may read the picture reads it; it changes only while the
 * picture itself may be changed (by its coordinator, as a draft or returned), so an approved picture keeps the
 * meeting it was approved with.
 */
@Service
@Transactional(readOnly = true)
public class PictureMeetings {

    public static final int MINUTES_MAX_LENGTH = 4000;

    private final PictureMeetingRepository meetings;
    private final Reports reports;
    private final ReportAccess access;
    private final Clock clock;

    PictureMeetings(PictureMeetingRepository meetings, Reports reports, ReportAccess access, Clock clock) {
        this.meetings = meetings;
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    /** A picture the user may read; contributions and unreadable reports alike are not found. */
    public Report picture(CurrentUser user, long reportId) {
        Report report = reports.get(user, reportId);
        if (report.kind() != ReportKind.PICTURE) {
            throw new NotFoundException("picture " + reportId);
        }
        return report;
    }

    /** The meeting of a picture the user may read, if one is recorded. */
    public Optional<PictureMeeting> find(CurrentUser user, long reportId) {
        return meetings.findById(picture(user, reportId).id());
    }

    public boolean mayEdit(CurrentUser user, Report picture) {
        return access.mayFillIn(user, picture) && picture.status().isEditable();
    }

    /**
     * The picture, if the user may record its meeting now.
     *
     * @throws AccessDeniedException when the user may read the picture but not fill it in
     * @throws ReportFrozenException when the picture is submitted or approved
     */
    public Report editablePicture(CurrentUser user, long reportId) {
        Report picture = picture(user, reportId);
        if (!access.mayFillIn(user, picture)) {
            throw new AccessDeniedException("may not record the meeting of picture " + reportId);
        }
        if (!picture.status().isEditable()) {
            throw new ReportFrozenException(picture.id(), picture.status());
        }
        return picture;
    }

    /**
     * Records or changes the meeting. {@code expectedVersion} is the row version the page showed (null for a
     * meeting not yet recorded); a save after someone else's is refused, so nobody overwrites unseen minutes.
     *
     * @throws InvalidInputException  for a missing or future date, no participants or too long minutes
     * @throws PersonalDataException  for minutes that hold personal data; nothing is stored
     * @throws StaleEditException     for a page opened before someone else saved
     */
    @Transactional
    public PictureMeeting save(CurrentUser user, long reportId, Integer expectedVersion, MeetingDetails details) {
        Report picture = editablePicture(user, reportId);
        check(details);
        PictureMeeting meeting = meetings.findById(picture.id()).orElseGet(() -> PictureMeeting.of(picture.id()));
        if (!Objects.equals(meeting.version(), expectedVersion)) {
            throw new StaleEditException("meeting of picture " + reportId);
        }
        meeting.record(details, user.getUsername(), clock.instant());
        try {
            return meetings.save(meeting);
        } catch (DbActionExecutionException failed) {
            if (failed.getCause() instanceof DuplicateKeyException) {
                throw new StaleEditException("meeting of picture " + reportId); // recorded by someone else meanwhile
            }
            throw failed;
        }
    }

    private void check(MeetingDetails details) {
        if (details.date() == null) {
            throw new InvalidInputException("meetingDate", "picture.meeting.date.required");
        }
        if (details.date().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("meetingDate", "picture.meeting.date.future");
        }
        if (details.participants().isEmpty()) {
            throw new InvalidInputException("participants", "picture.meeting.participants.required");
        }
        if (details.minutes().length() > MINUTES_MAX_LENGTH) {
            throw new InvalidInputException("minutes", "picture.meeting.minutes.long");
        }
        PersonalDataGuard.requireNone("minutes", details.minutes());
    }
}
