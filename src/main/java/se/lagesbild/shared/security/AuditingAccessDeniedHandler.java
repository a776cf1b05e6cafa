package se.lagesbild.shared.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.SecurityEvents.AccessDenied;

/** Records every 403 in the audit trail, then shows the generic error page. */
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final ApplicationEventPublisher events;
    private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

    AuditingAccessDeniedHandler(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = authentication == null ? null : authentication.getName();
        Long organisationId = authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? user.scope().organisationId() : null;
        String target = request.getMethod() + " " + request.getRequestURI();
        events.publishEvent(new AccessDenied(username, organisationId, target, request.getRemoteAddr()));
        delegate.handle(request, response, denied);
    }
}
