package se.lagesbild.form.web;

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

import se.lagesbild.form.Form;
import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.FormVersion;
import se.lagesbild.form.FormView;
import se.lagesbild.form.Forms;
import se.lagesbild.form.InvalidFormException;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.StaleEditException;

/** Previewing a version exactly as it is filled in, and publishing or retiring it. */
@Controller
@PreAuthorize("isAuthenticated()")
class FormVersionController {

    private final Forms forms;
    private final Organisations organisations;

    FormVersionController(Forms forms, Organisations organisations) {
        this.forms = forms;
        this.organisations = organisations;
    }

    /**
     * The preview. A municipal user (or a county coordinator choosing one of their municipalities) sees the version
     * with that municipality's own extension questions, as its reports will show it.
     */
    @GetMapping("/forms/versions/{id}")
    String preview(@PathVariable long id, @RequestParam(required = false) String municipality,
                   @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        FormVersion version = forms.readableVersion(user, id);
        Form form = forms.readable(user, version.formId());
        Organisation asMunicipality = previewMunicipality(user, municipality);
        FormDefinition content = asMunicipality == null || form.isExtension() ? version.definition()
                : forms.effectiveFor(version, asMunicipality.id());
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("view", FormView.of(content, locale));
        model.addAttribute("asMunicipality", asMunicipality);
        model.addAttribute("manageable", forms.overview(user, form.id()).manageable());
        return "form/preview";
    }

    @PostMapping("/forms/versions/{id}/publish")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            FormVersion published = forms.publish(user, id, version);
            redirect.addFlashAttribute("published", published.number());
            return "redirect:/forms/" + published.formId();
        } catch (InvalidFormException invalid) {
            redirect.addFlashAttribute("publishProblems", invalid.problems());
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("publishError", invalid.messageKey());
        } catch (StaleEditException stale) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:/forms/versions/" + id + "/edit";
    }

    @PostMapping("/forms/versions/{id}/retire")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
    String retire(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        FormVersion retired = forms.retire(user, id);
        redirect.addFlashAttribute("retired", retired.number());
        return "redirect:/forms/" + retired.formId();
    }

    private Organisation previewMunicipality(CurrentUser user, String code) {
        if (code != null) {
            return organisations.findByCode(code)
                    .filter(Organisation::isMunicipality)
                    .filter(municipality -> organisations.covers(user.scope(), municipality))
                    .orElse(null);
        }
        Long own = user.scope().municipalityId();
        return own == null ? null : organisations.get(own);
    }
}
