package se.lagesbild.forum.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import se.lagesbild.forum.ForumDates;
import se.lagesbild.forum.ForumStateException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.web.LayoutAdvice;

/**
 * A step the forum's state does not allow (registering after the deadline, changing submitted answers) answers 409
 * with a page that says why in words, a deadline as a day ("måndag 23 februari 2026").
 */
@ControllerAdvice(basePackageClasses = ForumAdvice.class)
class ForumAdvice {

    @ExceptionHandler(ForumStateException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(ForumStateException refused, HttpServletRequest request, Locale locale, Model model) {
        Object[] arguments = Arrays.stream(refused.arguments())
                .map(argument -> argument instanceof LocalDate day ? ForumDates.day(day, locale) : argument)
                .toArray();
        return page(refused.messageKey(), arguments, request, model);
    }

    /** A page opened before someone else's save: nothing happened, the page says so. */
    @ExceptionHandler(StaleEditException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String stale(HttpServletRequest request, Model model) {
        return page("forum.stale", new Object[0], request, model);
    }

    private static String page(String messageKey, Object[] arguments, HttpServletRequest request, Model model) {
        LayoutAdvice.addLayout(request, model);
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("arguments", arguments);
        String forumPath = request.getRequestURI().replaceFirst("^(.*/forums/\\d+).*$", "$1");
        model.addAttribute("back", forumPath.matches(".*/forums/\\d+") ? forumPath : null);
        return "forum/refused";
    }
}
