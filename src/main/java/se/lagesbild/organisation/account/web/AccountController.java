package se.lagesbild.organisation.account.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.Units;
import se.lagesbild.organisation.account.Account;
import se.lagesbild.organisation.account.AccountRequests.AccountChanges;
import se.lagesbild.organisation.account.AccountRequests.NewAccount;
import se.lagesbild.organisation.account.AccountService;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.StaleEditException;

/** Coordinators and administrators manage the accounts inside their scope. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
class AccountController {

    private final AccountService accounts;
    private final Organisations organisations;
    private final Units units;

    AccountController(AccountService accounts, Organisations organisations, Units units) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.units = units;
    }

    @GetMapping("/accounts")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<Account> visible = accounts.visibleTo(user);
        model.addAttribute("accounts", visible);
        model.addAttribute("organisationNames", organisations.within(user.scope()).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name)));
        return "account/list";
    }

    @GetMapping("/accounts/new")
    String newAccount(@AuthenticationPrincipal CurrentUser user, Model model) {
        var form = new AccountFormData();
        List<Organisation> placements = organisations.within(user.scope());
        form.setOrganisationId(placements.isEmpty() ? null : placements.get(0).id());
        return showForm(user, form, null, model);
    }

    @PostMapping("/accounts")
    String create(@Valid @ModelAttribute("accountForm") AccountFormData form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (form.needsUnit() && form.getUnitId() == null) {
            binding.rejectValue("unitId", "account.unit.required");
        }
        if (binding.hasErrors()) {
            return showForm(user, form, null, model);
        }
        try {
            Account account = accounts.create(user, new NewAccount(form.getUsername(), form.getDisplayName(),
                    form.getPassword(), form.toPlacement()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/accounts/" + account.id();
        } catch (InvalidInputException invalid) {
            binding.rejectValue(invalid.field(), invalid.messageKey());
            return showForm(user, form, null, model);
        }
    }

    @GetMapping("/accounts/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Account account = accounts.get(user, id);
        return showForm(user, AccountFormData.of(account), account, model);
    }

    @PostMapping("/accounts/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountFormData form,
                  BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        Account account = accounts.get(user, id);
        form.setUsername(account.username());
        if (form.needsUnit() && form.getUnitId() == null) {
            binding.rejectValue("unitId", "account.unit.required");
        }
        if (binding.hasErrors()) {
            return showForm(user, form, account, model);
        }
        try {
            accounts.change(user, id, form.getVersion(),
                    new AccountChanges(form.getDisplayName(), form.toPlacement(), form.isEnabled()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/accounts/" + id;
        } catch (InvalidInputException invalid) {
            binding.rejectValue(invalid.field(), invalid.messageKey());
            return showForm(user, form, account, model);
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            Account current = accounts.get(user, id);
            model.addAttribute("staleCurrent", current);
            form.setVersion(current.version());
            return showForm(user, form, current, model);
        }
    }

    @PostMapping("/accounts/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String newPassword,
                         @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Account account = accounts.get(user, id);
        try {
            accounts.resetPassword(user, id, newPassword);
            redirect.addFlashAttribute("passwordReset", true);
            return "redirect:/accounts/" + id;
        } catch (InvalidInputException invalid) {
            model.addAttribute("passwordError", invalid.messageKey());
            return showForm(user, AccountFormData.of(account), account, model);
        }
    }

    /** The unit choices for one municipality, swapped into the form by htmx when the organisation changes. */
    @GetMapping("/accounts/unit-options")
    String unitOptions(@RequestParam(required = false) Long organisationId, @AuthenticationPrincipal CurrentUser user,
                       Model model) {
        organisations.findById(organisationId)
                .filter(organisation -> !organisations.covers(user.scope(), organisation))
                .ifPresent(outside -> {
                    throw new OutOfScopeException("organisation " + outside.id(), outside.id());
                });
        model.addAttribute("unitChoices", unitChoices(user, organisationId));
        model.addAttribute("accountForm", new AccountFormData());
        return "account/form :: unitOptions";
    }

    private String showForm(CurrentUser user, AccountFormData form, Account account, Model model) {
        model.addAttribute("accountForm", form);
        model.addAttribute("account", account);
        model.addAttribute("roles", user.role().grantableRoles());
        model.addAttribute("placements", organisations.within(user.scope()));
        model.addAttribute("unitChoices", unitChoices(user, form.getOrganisationId()));
        return "account/form";
    }

    /** Units of a municipality the manager may manage; none for anything else. */
    private List<Unit> unitChoices(CurrentUser user, Long organisationId) {
        return organisations.findById(organisationId)
                .filter(organisation -> units.mayManage(user, organisation))
                .map(municipality -> units.inMunicipality(municipality.id()))
                .orElse(List.of());
    }
}
