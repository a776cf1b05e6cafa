package se.lagesbild.organisation.account.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.organisation.account.AccountService;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;

/** Everyone changes their own password here. */
@Controller
@PreAuthorize("isAuthenticated()")
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/profile/password")
    String form() {
        return "account/password";
    }

    @PostMapping("/profile/password")
    String change(@RequestParam(defaultValue = "") String currentPassword,
                  @RequestParam(defaultValue = "") String newPassword,
                  @RequestParam(defaultValue = "") String repeatPassword,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!newPassword.equals(repeatPassword)) {
            model.addAttribute("errorField", "repeatPassword");
            model.addAttribute("errorKey", "password.repeat.mismatch");
            return "account/password";
        }
        try {
            accounts.changeOwnPassword(user, currentPassword, newPassword);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/";
        } catch (InvalidInputException invalid) {
            model.addAttribute("errorField", invalid.field());
            model.addAttribute("errorKey", invalid.messageKey());
            return "account/password";
        }
    }
}
