package se.lagesbild.knowledge.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.web.LayoutAdvice;

/** A button pressed on an item's page that someone else has changed since: nothing happened (409), the page says so. */
@ControllerAdvice(basePackageClasses = KnowledgeAdvice.class)
class KnowledgeAdvice {

    @ExceptionHandler(StaleEditException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String stale(HttpServletRequest request, Model model) {
        LayoutAdvice.addLayout(request, model);
        return "knowledge/stale";
    }
}
