package se.lagesbild.analysis.web;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import se.lagesbild.analysis.CellObservations;
import se.lagesbild.analysis.CountyOverviews;
import se.lagesbild.analysis.ThemeTrends;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.personaldata.PersonalDataException;

/**
 * The county board's analysis pages: the county page (matrix, signals, recurring problems), the observations behind
 * a cell, and a theme's trend. Which parts a user sees is decided in the services; the roles here only keep out
 * those who never see any of it.
 */
@Controller
class CountyAnalysisController {

    private final CountyOverviews overviews;
    private final CellObservations observations;
    private final ThemeTrends trends;
    private final Organisations organisations;
    private final TrendCharts charts;

    CountyAnalysisController(CountyOverviews overviews, CellObservations observations, ThemeTrends trends,
                             Organisations organisations, TrendCharts charts) {
        this.charts = charts;
        this.overviews = overviews;
        this.observations = observations;
        this.trends = trends;
        this.organisations = organisations;
    }

    /** Where "Analys" leads: the county page for the county's view, the national view, or the regional pictures. */
    @GetMapping("/analysis")
    @PreAuthorize("isAuthenticated()")
    String start(@AuthenticationPrincipal CurrentUser user) {
        return switch (user.role()) {
            case ADMIN, NATIONAL_READER -> "redirect:/analysis/national";
            case COUNTY_COORDINATOR -> "redirect:/analysis/county/" + organisations.get(user.scope().countyId()).code();
            case MUNICIPAL_COORDINATOR, CONTRIBUTOR -> "redirect:/regional-pictures";
        };
    }

    @GetMapping("/analysis/county/{countyCode}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR')")
    String county(@PathVariable String countyCode, @RequestParam(required = false) String period,
                  @RequestParam(required = false) Integer min, @AuthenticationPrincipal CurrentUser user,
                  Locale locale, Model model) {
        model.addAttribute("overview", overviews.overview(user, countyCode, period, min, locale));
        model.addAttribute("themes", MeasuredTheme.values());
        return "analysis/county";
    }

    @PostMapping("/analysis/county/{countyCode}/signals")
    @PreAuthorize("hasRole('COUNTY_COORDINATOR')")
    String acknowledge(@PathVariable String countyCode, @RequestParam String period, @RequestParam String key,
                       @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user,
                       RedirectAttributes redirect) {
        try {
            overviews.acknowledge(user, countyCode, period, key, note);
            redirect.addFlashAttribute("acknowledged", key);
        } catch (InvalidInputException e) {
            refuse(redirect, key, note, e.messageKey());
        } catch (PersonalDataException e) {
            refuse(redirect, key, note, "signal.note.personalData");
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/analysis/county/{county}").queryParam("period", period)
                .fragment("signal-" + key.replaceAll("[^A-Za-z0-9_-]", "-")).buildAndExpand(countyCode).toUriString();
    }

    private static void refuse(RedirectAttributes redirect, String key, String note, String messageKey) {
        redirect.addFlashAttribute("refusedSignal", key);
        redirect.addFlashAttribute("refusedNote", note == null ? "" : note);
        redirect.addFlashAttribute("refusedMessage", messageKey);
    }

    @GetMapping("/analysis/county/{countyCode}/observations")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR', 'CONTRIBUTOR')")
    String observations(@PathVariable String countyCode, @RequestParam String municipality,
                        @RequestParam String theme, @RequestParam(required = false) String period,
                        @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        model.addAttribute("cell", observations.behind(user, countyCode, municipality, theme, period, locale));
        return "analysis/observations";
    }

    @GetMapping("/analysis/county/{countyCode}/trends")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
    String trends(@PathVariable String countyCode, @RequestParam(required = false) String theme,
                  @RequestParam(required = false) Integer periods, @RequestParam(required = false) String period,
                  @RequestParam(required = false) String municipality, @AuthenticationPrincipal CurrentUser user,
                  Locale locale, Model model) {
        var trend = trends.trend(user, countyCode, theme, periods, period, municipality);
        model.addAttribute("trend", trend);
        model.addAttribute("charts", charts.of(trend, locale));
        model.addAttribute("themes", MeasuredTheme.values());
        model.addAttribute("lengths", ThemeTrends.LENGTHS);
        return "analysis/trends";
    }
}
