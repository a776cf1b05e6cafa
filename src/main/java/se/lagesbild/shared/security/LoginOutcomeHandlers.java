package se.lagesbild.shared.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.SecurityEvents.LoginFailed;
import se.lagesbild.shared.SecurityEvents.LoginSucceeded;

/** What happens after a login attempt: throttle bookkeeping, an audit event, and where the browser goes next. */
class LoginOutcomeHandlers {

    static class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private final LoginThrottle throttle;
        private final ApplicationEventPublisher events;

        Success(LoginThrottle throttle, ApplicationEventPublisher events) {
            this.throttle = throttle;
            this.events = events;
            setDefaultTargetUrl("/");
            setAlwaysUseDefaultTargetUrl(false);
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws ServletException, IOException {
            String address = request.getRemoteAddr();
            throttle.clear(authentication.getName(), address);
            Long organisationId = authentication.getPrincipal() instanceof CurrentUser user
                    ? user.scope().organisationId() : null;
            events.publishEvent(new LoginSucceeded(authentication.getName(), organisationId, address));
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    static class Failure implements AuthenticationFailureHandler {

        private final LoginThrottle throttle;
        private final ApplicationEventPublisher events;

        Failure(LoginThrottle throttle, ApplicationEventPublisher events) {
            this.throttle = throttle;
            this.events = events;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException {
            String username = LoginThrottle.normalise(request.getParameter("username"));
            String address = request.getRemoteAddr();
            boolean throttled = exception instanceof LoginThrottledException;
            if (!throttled) {
                throttle.recordFailure(username, address);
            }
            events.publishEvent(new LoginFailed(username, throttled ? "THROTTLED" : "BAD_CREDENTIALS", address));
            boolean nowBlocked = throttled || throttle.isBlocked(username, address);
            response.sendRedirect(request.getContextPath() + (nowBlocked ? "/login?throttled" : "/login?error"));
        }
    }
}
