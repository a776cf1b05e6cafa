package se.lagesbild.organisation.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lagesbild.support.DemoLogins;

/** A production start on an empty database: no demo data, the first administrator comes from the environment. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:first-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "lagesbild.demo-data.enabled=false",
        "lagesbild.first-admin.password=forsta-admin-losenord"})
@AutoConfigureMockMvc
class FirstAdministratorTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void createsExactlyOneAdministratorWhoCanSignIn() throws Exception {
        assertThat(jdbc.sql("select username from account").query(String.class).list())
                .containsExactly("administrator");
        assertThat(jdbc.sql("select count(*) from audit_event where kind = 'ACCOUNT_CREATED' and actor = 'system'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(DemoLogins.login(mvc, "administrator", "forsta-admin-losenord")).isNotNull();
    }
}
