package se.lagesbild.notification.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.lagesbild.notification.OutboxMails;
import se.lagesbild.shared.CurrentUser;

/** Utkorg: the mails handed to delivery, or in the default profile those that would have been sent. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
class OutboxController {

    private final OutboxMails mails;
    private final boolean mailEnabled;

    OutboxController(OutboxMails mails, @Value("${lagesbild.mail.enabled:false}") boolean mailEnabled) {
        this.mails = mails;
        this.mailEnabled = mailEnabled;
    }

    @GetMapping("/outbox")
    String outbox(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("mails", mails.visibleTo(user));
        model.addAttribute("mailEnabled", mailEnabled);
        return "notification/outbox";
    }
}
