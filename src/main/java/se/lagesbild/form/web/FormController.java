package se.lagesbild.form.web;

import java.util.List;

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
import se.lagesbild.form.FormAccess;
import se.lagesbild.form.FormVersion;
import se.lagesbild.form.Forms;
import se.lagesbild.form.Forms.FormOverview;
import se.lagesbild.form.LocalizedText;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;

/** The list of forms, a form's versions, creating a form and starting a new version. */
@Controller
@PreAuthorize("isAuthenticated()")
class FormController {

    private final Forms forms;
    private final Organisations organisations;

    FormController(Forms forms, Organisations organisations) {
        this.forms = forms;
        this.organisations = organisations;
    }

    @GetMapping("/forms")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("forms", forms.visibleTo(user));
        model.addAttribute("mayCreate", FormAccess.createsForms(user.role()));
        model.addAttribute("organisations", organisations);
        return "form/list";
    }

    @GetMapping("/forms/{id}")
    String overview(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        FormOverview overview = forms.overview(user, id);
        model.addAttribute("overview", overview);
        model.addAttribute("owner", organisations.get(overview.form().ownerId()));
        if (overview.form().isExtension()) {
            model.addAttribute("base", forms.readable(user, overview.form().extendsFormId()));
        }
        return "form/overview";
    }

    @GetMapping("/forms/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return showNewForm(user, "", "", null, null, model);
    }

    @PostMapping("/forms")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
    String create(@RequestParam(defaultValue = "") String nameSv, @RequestParam(defaultValue = "") String nameEn,
                  @RequestParam(required = false) Long startFrom, @AuthenticationPrincipal CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        if (nameSv.isBlank() || nameSv.length() > 200 || nameEn.length() > 200) {
            return showNewForm(user, nameSv, nameEn, startFrom, nameSv.isBlank() ? "NotBlank" : "form.name.long",
                    model);
        }
        try {
            Form form = forms.create(user, LocalizedText.of(nameSv, nameEn), startFrom);
            redirect.addFlashAttribute("created", true);
            return "redirect:/forms/" + form.id();
        } catch (InvalidInputException invalid) {
            return showNewForm(user, nameSv, nameEn, startFrom, invalid.messageKey(), model);
        }
    }

    /** The form's draft, started as a copy of the newest version when there is none. */
    @PostMapping("/forms/{id}/draft")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
    String draft(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        FormVersion draft = forms.draftOf(user, id);
        return "redirect:/forms/versions/" + draft.id() + "/edit";
    }

    private String showNewForm(CurrentUser user, String nameSv, String nameEn, Long startFrom, String errorKey,
                               Model model) {
        List<FormOverview> templates = forms.visibleTo(user).stream()
                .filter(overview -> overview.current().isPresent() && !overview.form().isExtension())
                .toList();
        model.addAttribute("templates", templates);
        model.addAttribute("nameSv", nameSv);
        model.addAttribute("nameEn", nameEn);
        model.addAttribute("startFrom", startFrom);
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("extension", user.scope().municipalityId() != null);
        model.addAttribute("owner", user.organisationName());
        return "form/new";
    }
}
