package se.lagesbild.notification.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import se.lagesbild.notification.Notifications;
import se.lagesbild.shared.CurrentUser;

/** Everyone's own notifications, newest first, and marking one read. */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("notifications", notifications.of(user));
        return "notification/list";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        notifications.markRead(user, id);
        return "redirect:/notifications#notification-" + id;
    }
}
