package se.lagesbild.notification.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.lagesbild.notification.Notifications;
import se.lagesbild.shared.CurrentUser;

/**
 * The number of unread notifications for the layout's menu ({@code unreadNotifications}). Counted for whole pages
 * only: form posts redirect and htmx fragments have no menu.
 */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private final Notifications notifications;

    UnreadNotificationsAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute
    void unread(HttpServletRequest request, Model model) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            model.addAttribute("unreadNotifications", notifications.unread(user));
        }
    }
}
