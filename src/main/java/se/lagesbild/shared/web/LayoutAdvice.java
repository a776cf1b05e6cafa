package se.lagesbild.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.lagesbild.shared.CurrentUser;

/** What every page's layout needs: who is signed in and where the page is (for the language switch). */
@ControllerAdvice
public class LayoutAdvice {

    LayoutAdvice() {
    }

    @ModelAttribute
    void layout(HttpServletRequest request, Model model) {
        addLayout(request, model);
    }

    /** Also called by exception handlers (of any module), whose models do not get {@code @ModelAttribute} values. */
    public static void addLayout(HttpServletRequest request, Model model) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("currentUser",
                authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null);
        model.addAttribute("currentPath", pathOf(request));
    }

    /** The page the user asked for, also while the error page is being shown for it. */
    private static String pathOf(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }
}
