package se.lagesbild.action.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import se.lagesbild.action.ActionStateException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.web.RefusedPage;

/**
 * A step the method or the object's state does not allow (a problem from an unapproved picture, removing a cause a
 * measure answers to, publishing an unsigned promise) answers 409 with a page that says why in words.
 */
@ControllerAdvice(basePackageClasses = ActionAdvice.class)
class ActionAdvice {

    @ExceptionHandler(ActionStateException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(ActionStateException refused, HttpServletRequest request, Model model) {
        return page(refused.messageKey(), request, model);
    }

    /** A button pressed on a page that someone else has changed since: nothing happened, the page says so. */
    @ExceptionHandler(StaleEditException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String stale(HttpServletRequest request, Model model) {
        return page("action.stale", request, model);
    }

    private static String page(String messageKey, HttpServletRequest request, Model model) {
        RefusedPage.prepare(messageKey, request, model);
        return "action/refused";
    }
}
