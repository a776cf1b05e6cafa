package se.lagesbild;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Boots the zero-setup default configuration (H2 file database in PostgreSQL mode) as `./mvnw spring-boot:run`
 * does, only with its files under target/, and checks that migrations, demo data and the login page work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:file:./target/h2-smoke/lagesbild-${random.uuid};MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class H2DefaultConfigurationSmokeTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void startsOnH2WithSeedAndDemoDataAndServesTheLoginPage() throws Exception {
        assertThat(jdbc.sql("select count(*) from organisation where kind = 'MUNICIPALITY'").query(Integer.class)
                .single()).isEqualTo(290);
        assertThat(jdbc.sql("select count(*) from account where username = 'admin'").query(Integer.class).single())
                .isEqualTo(1);
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Logga in").contains("name=\"_csrf\"");
    }
}
