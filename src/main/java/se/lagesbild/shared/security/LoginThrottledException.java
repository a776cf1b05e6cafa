package se.lagesbild.shared.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account from this address: the password is not even checked. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed logins");
    }
}
