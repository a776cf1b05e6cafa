package se.lagesbild.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.SecurityEvents.AccessDenied;

/**
 * Unknown objects and objects outside the user's scope both answer 404 with the same page, so a user cannot probe
 * for what exists elsewhere; the latter is also recorded as a denied access.
 */
@ControllerAdvice
class ErrorAdvice {

    private final ApplicationEventPublisher events;

    ErrorAdvice(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** An upload over the configured limit is refused before any controller reads it. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String tooLarge(HttpServletRequest request, Model model) {
        LayoutAdvice.addLayout(request, model);
        model.addAttribute("status", HttpStatus.CONTENT_TOO_LARGE.value());
        return "error";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException exception, HttpServletRequest request, Model model) {
        if (exception instanceof OutOfScopeException outOfScope) {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            events.publishEvent(new AccessDenied(authentication == null ? null : authentication.getName(),
                    outOfScope.organisationId(), request.getMethod() + " " + request.getRequestURI(),
                    request.getRemoteAddr()));
        }
        LayoutAdvice.addLayout(request, model);
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }
}
