package se.lagesbild.organisation.account;

/** What a coordinator asks for when creating or changing an account. */
public final class AccountRequests {

    private AccountRequests() {
    }

    public record NewAccount(String username, String displayName, String password, Placement placement) {
    }

    public record AccountChanges(String displayName, Placement placement, boolean enabled) {
    }
}
