package it.cciaa.organigramma.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cciaa.organigramma.OrganigrammaApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The service started on its own (not the shared test service) with no users, and with a plain-text password. */
@ExtendWith(OutputCaptureExtension.class)
class SecurityStartupIT {
    @TempDir
    Path dataDir;

    @Test
    void withoutUsersEveryWriteAnswers401AndTheLogSaysHowToEnableWrites(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OrganigrammaApplication.class)
                .run("--server.port=0", "--kg.data-dir=" + dataDir, "--kg.users=")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient client = HttpClient.newHttpClient();
            for (String method : new String[] {"POST", "PUT", "DELETE"}) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/admin/graph-store?graph=https://example.org/g"))
                        .method(method, HttpRequest.BodyPublishers.ofString("<https://example.org/s> "
                                + "<https://example.org/p> 1 ."))
                        .header("Content-Type", "text/turtle")
                        .header("Authorization", "Basic dXNlcjpwYXNzd29yZA==") // user:password
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(method).isEqualTo(401);
            }
            HttpResponse<String> update = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/admin/update")).POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL"))
                    .header("Content-Type", "application/sparql-update").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(update.statusCode()).isEqualTo(401);
        }
        assertThat(output.getAll()).contains("WARN", "No user configured", "KG_USERS", "hash-password")
                .doesNotContainIgnoringCase("generated security password");
    }

    @Test
    void aPlainTextPasswordStopsTheStartNamingTheEntryNotTheSecret(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(OrganigrammaApplication.class)
                .run("--server.port=0", "--kg.data-dir=" + dataDir, "--kg.users=anna=editor:segreto-in-chiaro"))
                .hasRootCauseInstanceOf(UserAccounts.UsersConfigurationException.class)
                .rootCause().hasMessageContaining("entry 1 ('anna')").hasMessageNotContaining("segreto-in-chiaro");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "entry 1 ('anna')", "hash-password")
                .doesNotContain("segreto-in-chiaro");
    }
}
