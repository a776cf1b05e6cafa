package se.lagesbild.shared.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The security baseline. Every URL needs a signed-in user except the few public ones listed here; what a
 * signed-in user may do is decided per controller with {@code @PreAuthorize} and, for each object, by scope.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /** No inline scripts or styles; everything is served by the application itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String SESSION_COOKIE = "LAGESBILD_SESSION";

    static final String[] PUBLIC_PATHS = {"/login", "/tillganglighet", "/error", "/css/**", "/js/**",
            "/webjars/**", "/favicon.svg", "/actuator/health", "/actuator/health/**",
            // published citizen promises are for the residents; unpublished ones answer 404 to everybody alike
            "/medborgarloften/*"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService accounts,
                                            PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                            ApplicationEventPublisher events, Clock clock,
                                            @Value("${lagesbild.session.absolute-timeout:10h}") Duration absoluteTimeout)
            throws Exception {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)));

        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(PUBLIC_PATHS).permitAll()
                .anyRequest().authenticated());
        http.formLogin(login -> login
                .loginPage("/login")
                .successHandler(new LoginOutcomeHandlers.Success(throttle, events))
                .failureHandler(new LoginOutcomeHandlers.Failure(throttle, events))
                .permitAll());
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                .deleteCookies(SESSION_COOKIE));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterBefore(new AbsoluteSessionTimeoutFilter(absoluteTimeout, clock), SecurityContextHolderFilter.class);
        http.exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint((request, response, authException) -> {
                    if (request.getHeader("HX-Request") != null) {
                        // htmx would swap the login page into a fragment; ask it to load the page instead
                        response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                        response.setStatus(HttpStatus.UNAUTHORIZED.value());
                    } else {
                        new LoginUrlAuthenticationEntryPoint("/login").commence(request, response, authException);
                    }
                })
                .accessDeniedHandler(new AuditingAccessDeniedHandler(events)));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /**
     * The session cookie: HttpOnly, SameSite=Lax, and Secure whenever the request came over TLS (directly or, with
     * forwarded headers, through the load balancer). Declared here so that it is the same in every environment.
     */
    @Bean
    CookieSerializer sessionCookie() {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SESSION_COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
