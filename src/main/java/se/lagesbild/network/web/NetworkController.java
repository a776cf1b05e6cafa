package se.lagesbild.network.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.lagesbild.network.Networks;
import se.lagesbild.shared.CurrentUser;

/** The way in: {@code /network} leads to the user's county network (administrators choose one), and its overview. */
@Controller
class NetworkController {

    private final Networks networks;

    NetworkController(Networks networks) {
        this.networks = networks;
    }

    @GetMapping("/network")
    @PreAuthorize(Rules.READERS)
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        var home = networks.homeOf(user);
        if (home.isPresent()) {
            return "redirect:/network/" + home.get();
        }
        model.addAttribute("networks", networks.all(user));
        return "network/index";
    }

    @GetMapping("/network/{countyCode}")
    @PreAuthorize(Rules.READERS)
    String overview(@PathVariable String countyCode, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("overview", networks.overview(user, countyCode));
        return "network/overview";
    }
}
