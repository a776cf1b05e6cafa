package se.lagesbild.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;

/**
 * The model of a module's "this cannot be done" page (answered with 409 by its exception handler): the layout, the
 * message key saying why, and the way back when the user came from a page of this application.
 */
public final class RefusedPage {

    private RefusedPage() {
    }

    public static void prepare(String messageKey, HttpServletRequest request, Model model) {
        LayoutAdvice.addLayout(request, model);
        model.addAttribute("messageKey", messageKey);
        String referer = request.getHeader("Referer");
        // only a page of this application is offered as the way back
        model.addAttribute("back", referer != null && referer.startsWith(request.getScheme() + "://"
                + request.getServerName()) ? referer : null);
    }
}
