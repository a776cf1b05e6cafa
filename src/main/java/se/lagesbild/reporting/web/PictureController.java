package se.lagesbild.reporting.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Sector;
import se.lagesbild.reporting.ContributionComparison;
import se.lagesbild.reporting.PictureBasis;
import se.lagesbild.reporting.PictureMeeting;
import se.lagesbild.reporting.PictureMeetings;
import se.lagesbild.reporting.PicturePrefill;
import se.lagesbild.reporting.Report;
import se.lagesbild.reporting.ReportFrozenException;
import se.lagesbild.reporting.Reports;
import se.lagesbild.reporting.Schedules;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.SwedishCalendar;
import se.lagesbild.shared.personaldata.PersonalDataException;
import se.lagesbild.shared.personaldata.PersonalDataMessages;

/**
 * The municipal picture's working pages: the basis (the period's contributions side by side per theme), prefilling
 * the picture's joint levels from it on request, and the working group meeting the picture was agreed at.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
class PictureController {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ContributionComparison comparison;
    private final PicturePrefill prefill;
    private final PictureMeetings meetings;
    private final Reports reports;
    private final Organisations organisations;
    private final Schedules schedules;
    private final MessageSource messages;

    PictureController(ContributionComparison comparison, PicturePrefill prefill, PictureMeetings meetings,
                      Reports reports, Organisations organisations, Schedules schedules, MessageSource messages) {
        this.comparison = comparison;
        this.prefill = prefill;
        this.meetings = meetings;
        this.reports = reports;
        this.organisations = organisations;
        this.schedules = schedules;
        this.messages = messages;
    }

    @GetMapping("/reports/pictures/{municipalityCode}/{periodCode}/basis")
    String basis(@PathVariable String municipalityCode, @PathVariable String periodCode,
                 @AuthenticationPrincipal CurrentUser user, Model model) {
        PictureBasis basis = comparison.basisFor(user, municipalityCode, periodCode);
        model.addAttribute("basis", basis);
        Report picture = basis.picture() == null ? null : reports.get(user, basis.picture().id());
        model.addAttribute("mayFillIn", picture != null && reports.mayFillIn(user, picture));
        // a picture is started for the kind of period the county's schedule says, as Reports.picture requires
        model.addAttribute("mayStart", picture == null && user.role() == Role.MUNICIPAL_COORDINATOR
                && Long.valueOf(basis.municipalityId()).equals(user.scope().municipalityId())
                && schedules.pictures(organisations.get(basis.municipalityId()).parentId()).periodKind()
                == basis.period().kind());
        model.addAttribute("meeting", picture == null ? null : meetings.find(user, picture.id()).orElse(null));
        return "reporting/picture-basis";
    }

    /** Fills the picture's empty joint levels with the suggestions, and says which, back on the basis page. */
    @PostMapping("/reports/{id}/prefill")
    String prefill(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
                   RedirectAttributes redirect) {
        Report picture = meetings.picture(user, id);
        try {
            List<String> filled = prefill.prefill(user, id).stream()
                    .map(p -> messages.getMessage("picture.prefill.item", new Object[] {
                            p.themeTitle() == null ? p.themeKey() : p.themeTitle().in(locale),
                            messages.getMessage("form.level." + p.value(), null, locale)}, locale))
                    .toList();
            redirect.addFlashAttribute(filled.isEmpty() ? "prefillNothing" : "prefilled",
                    filled.isEmpty() ? true : String.join("; ", filled));
        } catch (OptimisticLockingFailureException concurrentSave) {
            redirect.addFlashAttribute("prefillStale", true);
        }
        return "redirect:" + basisPath(picture);
    }

    @GetMapping("/reports/{id}/meeting")
    String meeting(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Report picture = meetings.picture(user, id);
        Optional<PictureMeeting> meeting = meetings.find(user, id);
        model.addAttribute("meetingForm", meeting.map(MeetingFormData::of).orElseGet(MeetingFormData::new));
        return renderMeeting(user, picture, meeting.orElse(null), model);
    }

    @PostMapping("/reports/{id}/meeting")
    String saveMeeting(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingFormData form,
                       BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
                       RedirectAttributes redirect) {
        Report picture = meetings.editablePicture(user, id);
        PictureMeeting stored = meetings.find(user, id).orElse(null);
        if (binding.hasErrors()) {
            return renderMeeting(user, picture, stored, model);
        }
        try {
            meetings.save(user, id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/reports/" + id + "/meeting";
        } catch (PersonalDataException personalData) {
            binding.rejectValue("minutes", PersonalDataMessages.FOUND,
                    PersonalDataMessages.arguments(personalData.findings()), null);
        } catch (InvalidInputException invalid) {
            binding.rejectValue(invalid.field(), invalid.messageKey());
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            // keep what this user typed, show what the other person saved, and let the next save win knowingly
            PictureMeeting current = meetings.find(user, id).orElse(null);
            model.addAttribute("stale", true);
            model.addAttribute("staleCurrent", current);
            form.setVersion(current == null ? null : current.version());
            return renderMeeting(user, picture, current, model);
        }
        return renderMeeting(user, picture, stored, model);
    }

    @ExceptionHandler(ReportFrozenException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String frozen(Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("reportFrozen", true);
        return "error";
    }

    private String renderMeeting(CurrentUser user, Report picture, PictureMeeting meeting, Model model) {
        Organisation municipality = organisations.get(picture.municipalityId());
        model.addAttribute("picture", picture);
        model.addAttribute("municipality", municipality);
        model.addAttribute("period", Period.parse(picture.periodCode()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("updatedAt", meeting == null || meeting.updatedAt() == null ? null
                : UPDATED.format(meeting.updatedAt().atZone(SwedishCalendar.ZONE)));
        model.addAttribute("editable", meetings.mayEdit(user, picture));
        model.addAttribute("basisPath", basisPath(picture));
        model.addAttribute("sectors", Sector.values());
        return "reporting/picture-meeting";
    }

    private String basisPath(Report picture) {
        return "/reports/pictures/" + organisations.get(picture.municipalityId()).code() + "/" + picture.periodCode()
                + "/basis";
    }
}
