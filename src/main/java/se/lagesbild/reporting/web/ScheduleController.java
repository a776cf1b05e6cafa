package se.lagesbild.reporting.web;

import java.util.HashSet;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.organisation.Units;
import se.lagesbild.reporting.Schedule;
import se.lagesbild.reporting.Schedules;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.period.PeriodKind;

/**
 * The reporting schedule of the user's own organisation: a county coordinator decides how the county's
 * municipalities report pictures, a municipal coordinator how and which of the municipality's units contribute.
 */
@Controller
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
class ScheduleController {

    private final Schedules schedules;
    private final Units units;

    ScheduleController(Schedules schedules, Units units) {
        this.schedules = schedules;
        this.units = units;
    }

    @GetMapping("/schedules")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        return render(user, current(user), null, model);
    }

    @PostMapping("/schedules")
    String decide(@RequestParam(required = false) Long formId, @RequestParam(defaultValue = "") String periodKind,
                  @RequestParam(required = false) List<Long> unitIds, @AuthenticationPrincipal CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        PeriodKind kind = parse(periodKind);
        if (formId == null || kind == null) {
            return render(user, current(user), formId == null ? "schedule.form.required" : "schedule.period.required",
                    model);
        }
        try {
            if (user.role() == Role.COUNTY_COORDINATOR) {
                schedules.decidePictures(user, formId, kind);
            } else {
                schedules.decideContributions(user, formId, kind,
                        new HashSet<>(unitIds == null ? List.of() : unitIds));
            }
        } catch (InvalidInputException invalid) {
            return render(user, current(user), invalid.messageKey(), model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/schedules";
    }

    private Schedule current(CurrentUser user) {
        return user.role() == Role.COUNTY_COORDINATOR ? schedules.pictures(user.scope().countyId())
                : schedules.contributions(user.scope().municipalityId());
    }

    private String render(CurrentUser user, Schedule schedule, String errorKey, Model model) {
        model.addAttribute("schedule", schedule);
        model.addAttribute("forms", schedules.choosableForms(user));
        model.addAttribute("periodKinds", schedule.kind().name().equals("PICTURE")
                ? List.of(PeriodKind.MONTH, PeriodKind.TERTIAL, PeriodKind.HALF_YEAR)
                : List.of(PeriodKind.WEEK, PeriodKind.MONTH));
        model.addAttribute("units", schedule.kind().name().equals("CONTRIBUTION")
                ? units.inMunicipality(user.scope().municipalityId()) : List.of());
        model.addAttribute("errorKey", errorKey);
        return "reporting/schedule";
    }

    private static PeriodKind parse(String kind) {
        try {
            return PeriodKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
