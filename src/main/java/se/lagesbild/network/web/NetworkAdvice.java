package se.lagesbild.network.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import se.lagesbild.network.NetworkStateException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.web.RefusedPage;

/**
 * A step the object's state does not allow (changing priorities whose evaluation is opened, answering a closed
 * evaluation) answers 409 with a page that says why; so does a button pressed on a page someone has changed since.
 */
@ControllerAdvice(basePackageClasses = NetworkAdvice.class)
class NetworkAdvice {

    @ExceptionHandler(NetworkStateException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(NetworkStateException refused, HttpServletRequest request, Model model) {
        return page(refused.messageKey(), request, model);
    }

    @ExceptionHandler(StaleEditException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String stale(HttpServletRequest request, Model model) {
        return page("network.stale", request, model);
    }

    private static String page(String messageKey, HttpServletRequest request, Model model) {
        RefusedPage.prepare(messageKey, request, model);
        return "network/refused";
    }
}
