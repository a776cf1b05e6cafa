package se.lagesbild.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.network.NetworkAccess.Network;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * A county's network as a whole (the overview page, the list of networks for administrators, where a user's network
 * is) and its members, which the county's coordinators add, change and remove.
 */
@Service
public class Networks {

    static final int NAME_MAX = 100;
    static final int TEXT_MAX = 200;
    /** A given or family name: letters, with single spaces, hyphens, apostrophes or full stops between them. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}]+(?:[ '’.-]{1,2}[\\p{L}\\p{M}]+)*\\.?");

    /** A member with the municipality they come from and the account they are linked to (both may be null). */
    public record MemberView(Member member, Organisation municipality, String accountUsername,
                             String accountName) {
    }

    /** An account of the county a member may be linked to. */
    public record AccountOption(long id, String username, String displayName, Role role, String organisationName) {
    }

    /** A county and the size of its network, for the administrators' list. */
    public record CountyNetwork(Organisation county, int members, int meetings) {
    }

    /** Everything the network's overview page shows. */
    public record Overview(Organisation county, boolean manageable, boolean member, List<MemberView> members,
                           List<Meeting> upcoming, List<Meeting> past, int currentYear, PriorityYear thisYear,
                           List<PriorityYear> years, List<PriorityYear> openEvaluations, Set<Long> answeredYearIds) {
    }

    private final NetworkAccess access;
    private final MemberRepository members;
    private final MeetingRepository meetings;
    private final PriorityYearRepository years;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final Clock clock;

    Networks(NetworkAccess access, MemberRepository members, MeetingRepository meetings, PriorityYearRepository years,
             Organisations organisations, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.members = members;
        this.meetings = meetings;
        this.years = years;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The county code of the network the user works in, when they may read it; empty for administrators (who choose
     * among all networks). Anyone else is outside every network: 404.
     */
    @Transactional(readOnly = true)
    public Optional<String> homeOf(CurrentUser user) {
        if (user.role() == Role.ADMIN) {
            return Optional.empty();
        }
        Long countyId = user.scope().countyId();
        if (countyId == null) {
            throw new OutOfScopeException("network", null);
        }
        Network network = access.network(organisations.get(countyId));
        if (!access.reads(user, network)) {
            throw new OutOfScopeException("network " + network.county().code(), countyId);
        }
        return Optional.of(network.county().code());
    }

    /** Every county's network with its size, for administrators. */
    @Transactional(readOnly = true)
    public List<CountyNetwork> all(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new OutOfScopeException("networks", null);
        }
        Map<Long, Integer> memberCounts = counts("select n.county_id, count(m.id) from network n "
                + "left join network_member m on m.network_id = n.id group by n.county_id");
        Map<Long, Integer> meetingCounts = counts("select n.county_id, count(m.id) from network n "
                + "left join network_meeting m on m.network_id = n.id group by n.county_id");
        return organisations.counties().stream().map(county -> new CountyNetwork(county,
                memberCounts.getOrDefault(county.id(), 0), meetingCounts.getOrDefault(county.id(), 0))).toList();
    }

    private Map<Long, Integer> counts(String sql) {
        var counts = new HashMap<Long, Integer>();
        jdbc.sql(sql).query((rs, row) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
        return counts;
    }

    @Transactional(readOnly = true)
    public Overview overview(CurrentUser user, String countyCode) {
        Network network = access.readable(user, countyCode);
        boolean manageable = access.manages(user, network);
        boolean member = access.isMember(user, network);
        Instant startOfToday = today().atStartOfDay(SwedishCalendar.ZONE).toInstant();
        List<Meeting> all = meetings.findByNetwork(network.id());
        List<Meeting> upcoming = all.stream().filter(m -> !m.startsAt().isBefore(startOfToday)).toList();
        List<Meeting> past = all.stream().filter(m -> m.startsAt().isBefore(startOfToday))
                .sorted(Comparator.comparing(Meeting::startsAt).reversed()).toList();
        int currentYear = today().getYear();
        List<PriorityYear> allYears = years.findByNetwork(network.id());
        PriorityYear thisYear = allYears.stream().filter(y -> y.year() == currentYear).findFirst()
                .orElse(PriorityYear.empty(network.id(), currentYear));
        List<PriorityYear> open = allYears.stream().filter(PriorityYear::isOpen).toList();
        return new Overview(network.county(), manageable, member, memberViews(network, manageable), upcoming, past,
                currentYear, thisYear, allYears, open, answeredYearIds(user, open));
    }

    Set<Long> answeredYearIds(CurrentUser user, List<PriorityYear> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select year_id from network_evaluation_respondent
                        where account_id = :account and year_id in (:years)""")
                .param("account", user.accountId())
                .param("years", candidates.stream().map(PriorityYear::id).toList())
                .query(Long.class).list());
    }

    /** The members of a network by family and given name, with their municipalities and accounts. */
    @Transactional(readOnly = true)
    public List<MemberView> members(CurrentUser user, String countyCode) {
        Network network = access.readable(user, countyCode);
        return memberViews(network, access.manages(user, network));
    }

    List<MemberView> memberViews(Network network, boolean withAccounts) {
        Map<Long, String[]> accounts = new HashMap<>();
        jdbc.sql("""
                        select a.id, a.username, a.display_name from account a
                        join network_member m on m.account_id = a.id where m.network_id = :network""")
                .param("network", network.id())
                .query((rs, row) -> accounts.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}))
                .list();
        return members.findByNetwork(network.id()).stream()
                .sorted(Comparator.comparing(Member::familyName, Organisations.SWEDISH_ORDER)
                        .thenComparing(Member::givenName, Organisations.SWEDISH_ORDER))
                .map(member -> {
                    String[] account = member.accountId() == null ? null : accounts.get(member.accountId());
                    return new MemberView(member, member.municipalityId() == null ? null
                            : access.organisation(member.municipalityId()),
                            account == null || !withAccounts ? null : account[0],
                            account == null || !withAccounts ? null : account[1]);
                }).toList();
    }

    /** One member, for the county's coordinators to change. */
    @Transactional(readOnly = true)
    public Member member(CurrentUser user, String countyCode, long id) {
        Network network = access.managed(user, countyCode);
        return memberOf(network, id);
    }

    /** The county of a network the user manages; 404 otherwise. */
    @Transactional(readOnly = true)
    public Organisation writableCounty(CurrentUser user, String countyCode) {
        return access.managed(user, countyCode).county();
    }

    /** The municipalities of the network's county, for the member form. */
    @Transactional(readOnly = true)
    public List<Organisation> municipalities(CurrentUser user, String countyCode) {
        Network network = access.managed(user, countyCode);
        return organisations.childrenOf(network.county().id());
    }

    /**
     * The accounts of the county a member can be linked to: enabled county and municipal coordinators and
     * contributors placed in the county or one of its municipalities.
     */
    @Transactional(readOnly = true)
    public List<AccountOption> accountOptions(CurrentUser user, String countyCode) {
        return accountOptions(access.managed(user, countyCode));
    }

    private List<AccountOption> accountOptions(Network network) {
        return jdbc.sql("""
                        select a.id, a.username, a.display_name, a.role, o.name from account a
                        join organisation o on o.id = a.organisation_id
                        where a.enabled and a.role in ('COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR', 'CONTRIBUTOR')
                          and (o.id = :county or o.parent_id = :county)""")
                .param("county", network.county().id())
                .query((rs, row) -> new AccountOption(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getString(5)))
                .list().stream()
                .sorted(Comparator.comparing(AccountOption::organisationName, Organisations.SWEDISH_ORDER)
                        .thenComparing(AccountOption::displayName, Organisations.SWEDISH_ORDER))
                .toList();
    }

    @Transactional
    public Member addMember(CurrentUser user, String countyCode, MemberDetails details) {
        Network network = access.managed(user, countyCode);
        Member.Accepted accepted = check(network, details, null);
        return members.save(Member.join(network.id(), accepted, user.getUsername(), clock.instant()));
    }

    /** Changes a member; {@code expectedVersion} is the version the form was opened on. */
    @Transactional
    public Member updateMember(CurrentUser user, String countyCode, long id, int expectedVersion,
                               MemberDetails details) {
        Network network = access.managed(user, countyCode);
        Member member = memberOf(network, id);
        Member.Accepted accepted = check(network, details, member.id());
        requireVersion(member.version(), expectedVersion, "member " + id);
        member.apply(accepted, user.getUsername(), clock.instant());
        try {
            return members.save(member);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("member " + id);
        }
    }

    /**
     * Removes a member from the network, and from the participant lists of its meetings: the network keeps no names of
     * people who have left it. Answers they gave stay, as answers of the evaluation.
     */
    @Transactional
    public void removeMember(CurrentUser user, String countyCode, long id, int expectedVersion) {
        Network network = access.managed(user, countyCode);
        Member member = memberOf(network, id);
        requireVersion(member.version(), expectedVersion, "member " + id);
        try {
            members.delete(member);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("member " + id);
        }
    }

    private Member memberOf(Network network, long id) {
        Member member = members.findById(id).orElseThrow(() -> new NotFoundException("member " + id));
        if (member.networkId() != network.id()) {
            throw new NotFoundException("member " + id);
        }
        return member;
    }

    private Member.Accepted check(Network network, MemberDetails details, Long memberId) {
        var checks = RefusedInputException.checks();
        String given = name(checks, "givenName", details.givenName());
        String family = name(checks, "familyName", details.familyName());
        MemberKind kind = details.kind();
        if (kind == null) {
            checks.problem("kind", "network.member.kind.required");
        }
        Long municipalityId = null;
        String code = details.municipalityCode() == null ? "" : details.municipalityCode().strip();
        if (kind != null && kind.hasMunicipality()) {
            if (code.isEmpty()) {
                if (kind == MemberKind.MUNICIPALITY) {
                    checks.problem("municipalityCode", "network.member.municipality.required");
                }
            } else {
                Optional<Organisation> municipality = organisations.findByCode(code)
                        .filter(org -> org.isMunicipality() && network.county().id().equals(org.parentId()));
                if (municipality.isEmpty()) {
                    checks.problem("municipalityCode", "network.member.municipality.invalid");
                } else {
                    municipalityId = municipality.get().id();
                }
            }
        }
        String partner = strip(details.partnerOrganisation());
        if (kind == MemberKind.PARTNER) {
            checks.required("partnerOrganisation", partner, TEXT_MAX, "network.member.partner.required");
        } else {
            partner = "";
        }
        String roleTitle = strip(details.roleTitle());
        checks.text("roleTitle", roleTitle, TEXT_MAX);
        Long accountId = details.accountId();
        if (accountId != null) {
            long wanted = accountId;
            if (accountOptions(network).stream().noneMatch(option -> option.id() == wanted)) {
                checks.problem("accountId", "network.member.account.invalid");
            } else if (members.findByNetwork(network.id()).stream().anyMatch(other ->
                    Long.valueOf(wanted).equals(other.accountId()) && !other.id().equals(memberId))) {
                checks.problem("accountId", "network.member.account.taken");
            }
        }
        checks.throwIfAny();
        return new Member.Accepted(given, family, kind, municipalityId, partner, roleTitle, accountId);
    }

    /** A given or family name: required, at most {@value #NAME_MAX} characters, letters only (never free text). */
    private static String name(RefusedInputException.Checks checks, String field, String value) {
        String name = strip(value).replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            checks.problem(field, "network.member.name.required");
        } else if (name.length() > NAME_MAX) {
            checks.problem(field, RefusedInputException.Checks.TOO_LONG, NAME_MAX);
        } else if (!NAME.matcher(name).matches()) {
            checks.problem(field, "network.member.name.invalid");
        }
        return name;
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    static void requireVersion(int actual, int expected, String what) {
        if (actual != expected) {
            throw new StaleEditException(what);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishCalendar.ZONE));
    }

    /** The ids of the members a list of ids may name: the network's own. */
    Set<Long> memberIds(long networkId) {
        return members.findByNetwork(networkId).stream().map(Member::id).collect(Collectors.toSet());
    }
}
