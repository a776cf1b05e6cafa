package se.lagesbild.shared;

/** Events about sign-in and denied access, published by the security layer for the audit trail. */
public final class SecurityEvents {

    private SecurityEvents() {
    }

    public record LoginSucceeded(String username, Long organisationId, String remoteAddress) {
    }

    public record LoginFailed(String username, String reason, String remoteAddress) {
    }

    /** A signed-in or anonymous request was refused: a forbidden URL or an object outside the user's scope. */
    public record AccessDenied(String username, Long organisationId, String target, String remoteAddress) {
    }
}
