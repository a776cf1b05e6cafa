package se.lagesbild.organisation.demo;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.shared.Timestamps;

/**
 * Units for every municipality of Dalarnas län (20) and Västmanlands län (19), and one account per role, so that
 * the system can be tried at once. Loaded only when {@code lagesbild.demo-data.enabled} is true (the default
 * profile); the prod profile turns it off. Runs once: it does nothing when the demo administrator exists.
 */
@Component
@ConditionalOnProperty(name = "lagesbild.demo-data.enabled", havingValue = "true")
@Order(0)
class DemoData implements ApplicationRunner {

    static final String ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The demo units every demo municipality gets: name and sector. */
    private static final List<String[]> UNITS = List.of(
            new String[] {"Lokalpolisområdet", "POLICE"},
            new String[] {"Socialtjänsten", "SOCIAL_SERVICES"},
            new String[] {"Grundskolan och gymnasiet", "SCHOOL"},
            new String[] {"Fritidsgårdarna", "LEISURE"},
            new String[] {"Det kommunala bostadsbolaget", "HOUSING"},
            new String[] {"Räddningstjänsten", "RESCUE_SERVICES"});

    /** username, display name, role, organisation code, unit name (contributors only). */
    private static final List<String[]> ACCOUNTS = List.of(
            new String[] {ADMIN, "Systemadministratör", "ADMIN", "SE", null},
            new String[] {"nationell", "Nationell läsare", "NATIONAL_READER", "SE", null},
            new String[] {"lansstyrelsen.dalarna", "Länssamordnare Dalarna", "COUNTY_COORDINATOR", "20", null},
            new String[] {"lansstyrelsen.vastmanland", "Länssamordnare Västmanland", "COUNTY_COORDINATOR", "19", null},
            new String[] {"falun.samordnare", "Samordnare Falun", "MUNICIPAL_COORDINATOR", "2080", null},
            new String[] {"borlange.samordnare", "Samordnare Borlänge", "MUNICIPAL_COORDINATOR", "2081", null},
            new String[] {"vasteras.samordnare", "Samordnare Västerås", "MUNICIPAL_COORDINATOR", "1980", null},
            new String[] {"falun.polis", "Kommunpolis Falun", "CONTRIBUTOR", "2080", "Lokalpolisområdet"},
            new String[] {"falun.skola", "Skolan Falun", "CONTRIBUTOR", "2080", "Grundskolan och gymnasiet"},
            new String[] {"borlange.socialtjanst", "Socialtjänsten Borlänge", "CONTRIBUTOR", "2081", "Socialtjänsten"});

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String password;

    DemoData(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock,
             @Value("${lagesbild.demo-data.password}") String password) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select count(*) from account where username = :admin").param("admin", ADMIN)
                .query(Integer.class).single() > 0;
        if (loaded) {
            return;
        }
        for (String[] unit : UNITS) {
            jdbc.sql("""
                            insert into unit (municipality_id, name, sector, active, version, created_at)
                            select m.id, :name, :sector, true, 0, :now from organisation m
                            join organisation c on c.id = m.parent_id
                            where m.kind = 'MUNICIPALITY' and c.code in ('19', '20')""")
                    .param("name", unit[0]).param("sector", unit[1]).param("now", Timestamps.now(clock))
                    .update();
        }
        String hash = passwordEncoder.encode(password);
        for (String[] account : ACCOUNTS) {
            String unitId = account[4] == null ? "null"
                    : "(select u.id from unit u where u.municipality_id = o.id and u.name = :unit)";
            var insert = jdbc.sql("""
                            insert into account (username, display_name, password_hash, role, organisation_id, unit_id,
                                                 enabled, version, created_at)
                            select :username, :displayName, :hash, :role, o.id, %s, true, 0, :now
                            from organisation o where o.code = :code""".formatted(unitId))
                    .param("username", account[0]).param("displayName", account[1]).param("hash", hash)
                    .param("role", account[2]).param("code", account[3]).param("now", Timestamps.now(clock));
            if (account[4] != null) {
                insert = insert.param("unit", account[4]);
            }
            insert.update();
        }
        // so that the outbox (Utkorg) shows the mails reminders would send; .example is never a real domain
        jdbc.sql("update account set email = username || '@demo.lagesbild.example' where username in (:names)")
                .param("names", ACCOUNTS.stream().map(account -> account[0]).toList())
                .update();
        log.warn("Demo data loaded: {} accounts share the demo password from lagesbild.demo-data.password. "
                + "Never enable demo data in production.", ACCOUNTS.size());
    }
}
