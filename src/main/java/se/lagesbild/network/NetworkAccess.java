package se.lagesbild.network;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.Role;

/**
 * Who reaches a county's network. The county's coordinators manage it; the county's municipal coordinators and the
 * members linked to an account of the county read it; members answer its evaluations; administrators read every
 * network. Everyone else (national readers, other counties, the county's contributors who are not members) gets 404,
 * recorded as a denied access.
 */
@Component
class NetworkAccess {

    /** A county's network: its row id and the county. */
    record Network(long id, Organisation county) {
    }

    private final Organisations organisations;
    private final JdbcClient jdbc;

    NetworkAccess(Organisations organisations, JdbcClient jdbc) {
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    /** The network of a county by the county's SCB code; 404 for anything that is not a county. */
    Network network(String countyCode) {
        Organisation county = organisations.findByCode(countyCode).filter(Organisation::isCounty)
                .orElseThrow(() -> new NotFoundException("county " + countyCode));
        return network(county);
    }

    Network network(Organisation county) {
        long id = jdbc.sql("select id from network where county_id = :county").param("county", county.id())
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("network of " + county.code()));
        return new Network(id, county);
    }

    Network networkById(long networkId) {
        long countyId = jdbc.sql("select county_id from network where id = :id").param("id", networkId)
                .query(Long.class).single();
        return new Network(networkId, organisations.get(countyId));
    }

    Organisation organisation(long id) {
        return organisations.get(id);
    }

    boolean manages(CurrentUser user, Network network) {
        return user.role() == Role.COUNTY_COORDINATOR && inCounty(user, network);
    }

    /** A member of the network through their account, while the account is placed in the network's county. */
    boolean isMember(CurrentUser user, Network network) {
        return inCounty(user, network) && jdbc.sql("""
                        select count(*) from network_member where network_id = :network and account_id = :account""")
                .param("network", network.id()).param("account", user.accountId()).query(Integer.class).single() > 0;
    }

    boolean reads(CurrentUser user, Network network) {
        return switch (user.role()) {
            case ADMIN -> true;
            case NATIONAL_READER -> false;
            case COUNTY_COORDINATOR, MUNICIPAL_COORDINATOR -> inCounty(user, network);
            case CONTRIBUTOR -> isMember(user, network);
        };
    }

    Network readable(CurrentUser user, String countyCode) {
        Network network = network(countyCode);
        if (!reads(user, network)) {
            throw new OutOfScopeException("network " + countyCode, network.county().id());
        }
        return network;
    }

    Network managed(CurrentUser user, String countyCode) {
        Network network = network(countyCode);
        if (!manages(user, network)) {
            throw new OutOfScopeException("network " + countyCode, network.county().id());
        }
        return network;
    }

    private static boolean inCounty(CurrentUser user, Network network) {
        Long county = user.scope().countyId();
        return county != null && county.equals(network.county().id());
    }
}
