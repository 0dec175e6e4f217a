package it.cciaa.organigramma.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import picocli.CommandLine;

/**
 * {@code publish --server}: the document sent to a running service ({@code POST /admin/edizioni}, or
 * {@code POST /edizioni/verifica} for a dry run), the answer printed and turned into the command's exit code.
 */
final class RemotePublication {
    private final CommandLine line;
    private final String server;
    private final String user;
    private final boolean json;

    RemotePublication(CommandLine line, String server, String user, boolean json) {
        this.line = line;
        this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        this.user = user != null ? user : System.getenv("KG_USER");
        this.json = json;
    }

    int run(byte[] document, String fileName, LocalDate date, boolean dryRun) {
        PrintWriter err = line.getErr();
        URI uri;
        try {
            uri = URI.create(server + (dryRun ? "/edizioni/verifica" : "/admin/edizioni")
                    + (date == null ? "" : "?data=" + date));
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            err.println("error: --server " + server + ": " + e.getMessage());
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", contentType(fileName))
                .header("Content-Disposition", "attachment; filename=\""
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8) + "\"")
                .header("Accept", json ? "application/json" : "text/plain")
                .header("Accept-Language", "en") // the command line speaks English; it prints the service's answer
                .POST(HttpRequest.BodyPublishers.ofByteArray(document));
        if (!dryRun) {
            if (user == null || user.isBlank()) {
                err.println("error: publishing to a service needs an editor: --user NAME (or $KG_USER), and the "
                        + "password in $KG_PASSWORD or on the console");
                return OrganigrammaCommand.UNUSABLE_INPUT;
            }
            String password = password();
            if (password == null) {
                err.println("error: no password: set $KG_PASSWORD or run the command on a console");
                return OrganigrammaCommand.UNUSABLE_INPUT;
            }
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> answer;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("error: cannot reach " + uri + ": " + e.getMessage());
            return OrganigrammaCommand.UNUSABLE_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OrganigrammaCommand.INTERNAL_ERROR;
        }
        return exitCode(answer);
    }

    private int exitCode(HttpResponse<String> answer) {
        int status = answer.statusCode();
        PrintWriter out = line.getOut();
        PrintWriter err = line.getErr();
        if (status == 200 || status == 201) {
            out.print(answer.body());
            out.flush();
            return 0;
        }
        if (status == 422) { // Violations: the body is the report
            out.print(answer.body());
            out.flush();
            err.println("error: the edition has SHACL Violations: nothing was published");
            return OrganigrammaCommand.VIOLATIONS;
        }
        String body = answer.body().strip();
        err.println("error: " + answer.uri() + " answered " + status + (body.isEmpty() ? "" : ": " + body));
        if (status == 401) {
            err.println("(the user name or the password is wrong, or the service has no users: see docs/security.md)");
        } else if (status == 403) {
            err.println("(this user may not publish: an editor is needed)");
        }
        return status >= 500 ? OrganigrammaCommand.INTERNAL_ERROR : OrganigrammaCommand.UNUSABLE_INPUT;
    }

    /** TriG and N-Quads editions by their extension; anything else is an Allegato C in text. */
    private static String contentType(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".trig")) {
            return "application/trig";
        }
        return name.endsWith(".nq") ? "application/n-quads" : "text/plain; charset=UTF-8";
    }

    private static String password() {
        String fromEnvironment = System.getenv("KG_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] typed = console.readPassword("Password: ");
        return typed == null ? null : new String(typed);
    }
}
