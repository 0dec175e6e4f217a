package it.cciaa.organigramma.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.OrganigrammaApplication;
import it.cciaa.organigramma.web.LiveService;
import it.cciaa.organigramma.web.LiveService.Credentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Failed logins are limited per client and per user name ({@code kg.login-failures-per-minute}, default 20). A service
 * of its own, with the default limit: the shared test service allows more, so that the suite's own wrong passwords
 * lock no one out. Clients are told apart by their address ({@link LiveService#clientAt}: a client bound to
 * 127.0.0.11 and one bound to 127.0.0.12 reach the service as two addresses).
 */
class FailedLoginLimitIT {
    private static final Credentials EDITOR = new Credentials("anna", "password-di-anna");
    private static final Credentials READER = new Credentials("paolo", "password-di-paolo");
    private static final int LIMIT = 20;

    private static ConfigurableApplicationContext context;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        Path dataDir = Files.createTempDirectory("kg-logins-");
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        context = new SpringApplicationBuilder(OrganigrammaApplication.class).run("--server.port=0",
                "--kg.data-dir=" + dataDir, "--kg.users=" + EDITOR.user() + "=editor:{bcrypt}"
                        + bcrypt.encode(EDITOR.password()) + " " + READER.user() + "=reader:{bcrypt}"
                        + bcrypt.encode(READER.password()));
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void the21stFailedLoginOfAClientInAMinuteAnswers429WithoutCheckingThePassword() {
        String client = "127.0.0.11";
        for (int attempt = 1; attempt <= LIMIT; attempt++) {
            Credentials unknown = new Credentials("nessuno-" + attempt, "una-password");
            assertThat(admin(client, unknown, "text/plain").statusCode()).as("failure " + attempt).isEqualTo(401);
        }
        HttpResponse<String> refused = admin(client, new Credentials("nessuno-21", "una-password"), "text/plain");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(refused.body()).startsWith("429 Troppi accessi non riusciti").doesNotContain("Too many failed logins");
        assertThat(admin(client, EDITOR, "text/html").statusCode()).as("the right password, from the same client")
                .isEqualTo(429);
        assertThat(admin(client, EDITOR, "text/html").body()).contains("<h1>Troppi tentativi</h1>");
        assertThat(admin(client, EDITOR, "application/json").headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        assertThat(admin(client, null, "text/plain").statusCode()).as("no credentials: no password to guess")
                .isEqualTo(401);
        assertThat(send(client, HttpRequest.newBuilder(URI.create(base + "/")).build()).statusCode())
                .as("the public pages").isEqualTo(200);

        assertThat(admin("127.0.0.12", EDITOR, "application/json").statusCode()).as("another client").isEqualTo(200);
    }

    @Test
    void the21stFailedLoginForAUserNameAnswers429FromEveryClient() {
        for (int attempt = 1; attempt <= LIMIT; attempt++) {
            Credentials wrong = new Credentials(attempt % 2 == 0 ? READER.user() : READER.user().toUpperCase(),
                    "not-the-password");
            assertThat(admin("127.0.0." + (20 + attempt), wrong, "text/plain").statusCode()).as("failure " + attempt)
                    .isEqualTo(401);
        }
        HttpResponse<String> refused = admin("127.0.0.50", READER, "text/plain");
        assertThat(refused.statusCode()).as("the right password, from a client that never failed").isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(admin("127.0.0.50", EDITOR, "application/json").statusCode()).as("another user, the same client")
                .isEqualTo(200);
        HttpResponse<String> health = send("127.0.0.51", signedIn(HttpRequest.newBuilder(URI.create(base
                + "/actuator/health")), READER).build());
        assertThat(health.statusCode()).as("every chain that reads credentials").isEqualTo(429);
    }

    private static HttpResponse<String> admin(String client, Credentials who, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/admin")).header("Accept", accept);
        return send(client, (who == null ? request : signedIn(request, who)).build());
    }

    private static HttpRequest.Builder signedIn(HttpRequest.Builder request, Credentials who) {
        return request.header("Authorization", who.basic());
    }

    /** Sends from a local address of the loopback interface, as a client of that address would. */
    private static HttpResponse<String> send(String client, HttpRequest request) {
        try (HttpClient http = LiveService.clientAt(client)) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
