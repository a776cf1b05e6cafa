package se.lagesbild.network.web;

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

import se.lagesbild.network.Member;
import se.lagesbild.network.Networks;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.web.FormErrors;

/** The county's coordinators add, change and remove the members of their network. */
@Controller
class MemberController {

    private final Networks networks;

    MemberController(Networks networks) {
        this.networks = networks;
    }

    @GetMapping("/network/{countyCode}/members/new")
    @PreAuthorize(Rules.MANAGERS)
    String newMember(@PathVariable String countyCode, @AuthenticationPrincipal CurrentUser user, Model model) {
        return render(user, countyCode, null, new MemberForm(), model);
    }

    @PostMapping("/network/{countyCode}/members")
    @PreAuthorize(Rules.MANAGERS)
    String add(@PathVariable String countyCode, @ModelAttribute("form") MemberForm form, BindingResult binding,
               @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return render(user, countyCode, null, form, model);
        }
        try {
            networks.addMember(user, countyCode, form.details());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return render(user, countyCode, null, form, model);
        }
        redirect.addFlashAttribute("memberAdded", true);
        return "redirect:/network/" + countyCode + "#members";
    }

    @GetMapping("/network/{countyCode}/members/{id}/edit")
    @PreAuthorize(Rules.MANAGERS)
    String edit(@PathVariable String countyCode, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        Member member = networks.member(user, countyCode, id);
        var municipality = networks.municipalities(user, countyCode).stream()
                .filter(m -> m.id().equals(member.municipalityId())).findFirst().orElse(null);
        return render(user, countyCode, member, MemberForm.of(member, municipality), model);
    }

    @PostMapping("/network/{countyCode}/members/{id}")
    @PreAuthorize(Rules.MANAGERS)
    String update(@PathVariable String countyCode, @PathVariable long id, @ModelAttribute("form") MemberForm form,
                  BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        Member member = networks.member(user, countyCode, id);
        if (binding.hasErrors()) {
            return render(user, countyCode, member, form, model);
        }
        try {
            networks.updateMember(user, countyCode, id, form.getVersion() == null ? -1 : form.getVersion(),
                    form.details());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return render(user, countyCode, member, form, model);
        } catch (StaleEditException e) {
            // keep what this user typed; saving again knowingly replaces the other's change
            Member newer = networks.member(user, countyCode, id);
            form.setVersion(newer.version());
            model.addAttribute("stale", true);
            return render(user, countyCode, newer, form, model);
        }
        redirect.addFlashAttribute("memberSaved", true);
        return "redirect:/network/" + countyCode + "#members";
    }

    /** Removes a member; {@code version} is the one the page showed, so a member changed meanwhile is kept (409). */
    @PostMapping("/network/{countyCode}/members/{id}/delete")
    @PreAuthorize(Rules.MANAGERS)
    String remove(@PathVariable String countyCode, @PathVariable long id,
                  @RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        networks.removeMember(user, countyCode, id, version == null ? -1 : version);
        redirect.addFlashAttribute("memberRemoved", true);
        return "redirect:/network/" + countyCode + "#members";
    }

    private String render(CurrentUser user, String countyCode, Member member, MemberForm form, Model model) {
        model.addAttribute("county", networks.writableCounty(user, countyCode));
        model.addAttribute("member", member);
        model.addAttribute("municipalities", networks.municipalities(user, countyCode));
        model.addAttribute("accounts", networks.accountOptions(user, countyCode));
        model.addAttribute("form", form);
        return "network/member-form";
    }
}
