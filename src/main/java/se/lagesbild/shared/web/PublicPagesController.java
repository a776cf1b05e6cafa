package se.lagesbild.shared.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import se.lagesbild.shared.CurrentUser;

/** The pages anyone may open: the login page and the accessibility statement. */
@Controller
class PublicPagesController {

    @GetMapping("/login")
    String login(@AuthenticationPrincipal CurrentUser user) {
        return user == null ? "shared/login" : "redirect:/";
    }

    @GetMapping("/tillganglighet")
    String accessibilityStatement() {
        return "shared/accessibility";
    }
}
