package se.lagesbild.knowledge.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.knowledge.KnowledgeBank;
import se.lagesbild.knowledge.KnowledgeItem;
import se.lagesbild.knowledge.KnowledgeKind;
import se.lagesbild.knowledge.KnowledgeQuery;
import se.lagesbild.knowledge.KnowledgeView;
import se.lagesbild.knowledge.KnowledgeVisibility;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.StaleEditException;

/**
 * The knowledge bank's list with search and filters (htmx refreshes only the results), an item's page, and the forms
 * that create and change items. Everyone signed in reads what their scope allows; administrators and county and
 * municipal coordinators write.
 */
@Controller
class KnowledgeController {

    static final String READERS = "isAuthenticated()";
    static final String WRITERS = "hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')";

    private final KnowledgeBank bank;
    private final Clock clock;

    KnowledgeController(KnowledgeBank bank, Clock clock) {
        this.bank = bank;
        this.clock = clock;
    }

    @GetMapping("/knowledge")
    @PreAuthorize(READERS)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String theme, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        KnowledgeKind chosenKind = Arrays.stream(KnowledgeKind.values()).filter(k -> k.name().equals(kind))
                .findFirst().orElse(null);
        var query = new KnowledgeQuery(q, chosenKind, theme == null ? null : MeasuredTheme.fromKey(theme).orElse(null),
                page);
        model.addAttribute("query", query);
        model.addAttribute("result", bank.search(user, query));
        model.addAttribute("kinds", KnowledgeKind.values());
        model.addAttribute("themes", MeasuredTheme.values());
        model.addAttribute("mayWrite", bank.mayWrite(user));
        return htmx != null ? "knowledge/list :: results" : "knowledge/list";
    }

    @GetMapping("/knowledge/new")
    @PreAuthorize(WRITERS)
    String newItem(@AuthenticationPrincipal CurrentUser user, Model model) {
        var form = new KnowledgeForm();
        form.setDate(LocalDate.now(clock).toString());
        form.setVisibility((user.role() == Role.ADMIN ? KnowledgeVisibility.ALL : KnowledgeVisibility.COUNTY).name());
        return renderNew(user, form, model);
    }

    @PostMapping("/knowledge")
    @PreAuthorize(WRITERS)
    String create(@ModelAttribute("form") KnowledgeForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        KnowledgeItem item;
        try {
            item = bank.create(user, form.details());
        } catch (RefusedInputException e) {
            FieldErrors.reject(binding, e);
            return renderNew(user, form, model);
        }
        redirect.addFlashAttribute("created", true);
        return "redirect:/knowledge/" + item.id();
    }

    private String renderNew(CurrentUser user, KnowledgeForm form, Model model) {
        model.addAttribute("form", form);
        List<Organisation> owners = bank.ownerChoices(user);
        model.addAttribute("owners", owners);
        model.addAttribute("ownerGroups", groups(owners));
        model.addAttribute("chooseOwner", user.role() == Role.ADMIN);
        addChoices(model);
        return "knowledge/new";
    }

    /** A county with its municipalities, for the owner list (an optgroup each); Sweden stands alone. */
    record OwnerGroup(Organisation county, List<Organisation> members) {
    }

    private static List<OwnerGroup> groups(List<Organisation> owners) {
        var groups = new ArrayList<OwnerGroup>();
        for (Organisation owner : owners) {
            if (owner.isCounty()) {
                groups.add(new OwnerGroup(owner, new ArrayList<>(List.of(owner))));
            } else if (owner.isMunicipality() && !groups.isEmpty()
                    && groups.get(groups.size() - 1).county().id().equals(owner.parentId())) {
                groups.get(groups.size() - 1).members().add(owner);
            }
        }
        return groups;
    }

    @GetMapping("/knowledge/{id}")
    @PreAuthorize(READERS)
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        KnowledgeView view = bank.view(user, id);
        var upload = new UploadForm();
        upload.setVersion(view.item().version());
        model.addAttribute("view", view);
        model.addAttribute("uploadForm", upload);
        model.addAttribute("maxMegabytes", KnowledgeBank.MAX_FILE_MEGABYTES);
        return "knowledge/item";
    }

    @GetMapping("/knowledge/{id}/edit")
    @PreAuthorize(WRITERS)
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        KnowledgeView view = bank.editable(user, id);
        return renderEdit(view, KnowledgeForm.of(view.item()), model);
    }

    @PostMapping("/knowledge/{id}")
    @PreAuthorize(WRITERS)
    String update(@PathVariable long id, @ModelAttribute("form") KnowledgeForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            bank.update(user, id, form.getVersion() == null ? -1 : form.getVersion(), form.details());
        } catch (RefusedInputException e) {
            FieldErrors.reject(binding, e);
            return renderEdit(bank.editable(user, id), form, model);
        } catch (StaleEditException e) {
            // keep what this user typed; saving again knowingly replaces the other's change
            KnowledgeView newer = bank.editable(user, id);
            form.setVersion(newer.item().version());
            model.addAttribute("stale", true);
            return renderEdit(newer, form, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/knowledge/" + id;
    }

    private static String renderEdit(KnowledgeView view, KnowledgeForm form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        addChoices(model);
        return "knowledge/edit";
    }

    private static void addChoices(Model model) {
        model.addAttribute("kinds", KnowledgeKind.values());
        model.addAttribute("themes", MeasuredTheme.values());
        model.addAttribute("visibilities", KnowledgeVisibility.values());
    }
}
