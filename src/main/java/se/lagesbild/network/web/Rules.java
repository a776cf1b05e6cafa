package se.lagesbild.network.web;

/**
 * Who may call the network's pages. Reading is open to every signed-in role here because the network's scope decides
 * (national readers, other counties and contributors who are not members get 404, like objects that do not exist);
 * only the county's coordinators change anything, and members answer evaluations.
 */
final class Rules {

    static final String READERS = "isAuthenticated()";
    static final String MANAGERS = "hasRole('COUNTY_COORDINATOR')";
    static final String ANSWERERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR', 'CONTRIBUTOR')";
    static final String RESULT_READERS = "hasAnyRole('ADMIN', 'COUNTY_COORDINATOR')";

    private Rules() {
    }
}
