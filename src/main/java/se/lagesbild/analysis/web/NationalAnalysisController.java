package se.lagesbild.analysis.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.lagesbild.analysis.NationalAnalysis;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.shared.CurrentUser;

/** The national view: counties × themes, themes recurring across counties, and the published regional pictures. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'NATIONAL_READER')")
class NationalAnalysisController {

    private final NationalAnalysis national;

    NationalAnalysisController(NationalAnalysis national) {
        this.national = national;
    }

    @GetMapping("/analysis/national")
    String national(@RequestParam(required = false) String period, @AuthenticationPrincipal CurrentUser user,
                    Model model) {
        model.addAttribute("view", national.view(user, period));
        model.addAttribute("themes", MeasuredTheme.values());
        return "analysis/national";
    }
}
