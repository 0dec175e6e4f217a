package it.cciaa.organigramma.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * OpenLink Virtuoso 7 (Debian's {@code virtuoso-opensource}) started as its own process for the tests, as a Virtuoso
 * administrator would set it up for this service: a fresh database in a temporary folder, its SQL and HTTP ports
 * free ones, a result limit above the service's own, and a user {@code kg} holding {@code SPARQL_UPDATE}, who writes
 * through the authenticated endpoints ({@code /sparql-auth}, {@code /sparql-graph-crud-auth}, HTTP Digest) while
 * anyone reads {@code /sparql}.
 *
 * <pre>{@code
 * VirtuosoServer virtuoso = VirtuosoServer.start();
 * List<String> settings = virtuoso.serviceArguments(); // --kg.store-url=…, --kg.store-update-url=…, …
 * }</pre>
 */
public record VirtuosoServer(Process process, int httpPort, Path directory) {
    public static final String USER = "kg";
    public static final String PASSWORD = "kg-store-password-1";
    private static final String DBA_PASSWORD = "dba"; // a fresh database's; the ports are on loopback only

    /** The public query endpoint. */
    public String queryEndpoint() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    /** The service's settings for this store, as command-line arguments. */
    public List<String> serviceArguments() {
        String root = "http://127.0.0.1:" + httpPort;
        return List.of("--kg.store-url=" + root + "/sparql",
                "--kg.store-query-url=" + root + "/sparql",
                "--kg.store-update-url=" + root + "/sparql-auth",
                "--kg.store-gsp-url=" + root + "/sparql-graph-crud-auth",
                "--kg.store-user=" + USER,
                "--kg.store-password=" + PASSWORD);
    }

    /** The command-line tools' settings for this store (their dataset URL is {@link #queryEndpoint()}). */
    public java.util.Map<String, String> commandEnvironment() {
        String root = "http://127.0.0.1:" + httpPort;
        return java.util.Map.of("KG_STORE_UPDATE_URL", root + "/sparql-auth",
                "KG_STORE_GSP_URL", root + "/sparql-graph-crud-auth", "KG_STORE_USER", USER,
                "KG_STORE_PASSWORD", PASSWORD);
    }

    /** A connection that writes with the store's user (Graph Store Protocol, Update), for setting up a test. */
    public org.apache.jena.rdfconnection.RDFConnection writer() {
        String root = "http://127.0.0.1:" + httpPort;
        for (String endpoint : List.of(root + "/sparql-auth", root + "/sparql-graph-crud-auth")) {
            org.apache.jena.http.auth.AuthEnv.get().registerUsernamePassword(URI.create(endpoint), USER, PASSWORD);
        }
        return org.apache.jena.rdfconnection.RDFConnectionRemote.newBuilder().destination(root + "/sparql")
                .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())
                .queryEndpoint(root + "/sparql").updateEndpoint(root + "/sparql-auth")
                .gspEndpoint(root + "/sparql-graph-crud-auth")
                .querySendMode(org.apache.jena.sparql.exec.http.QuerySendMode.asGetWithLimitForm).build();
    }

    /** Starts Virtuoso and waits until it answers queries and its writer exists. */
    public static VirtuosoServer start() throws IOException {
        String server = onPath("virtuoso-t");
        String isql = onPath("isql-vt");
        Path directory = Files.createTempDirectory("kg-virtuoso-");
        int sqlPort = freePort();
        int httpPort = freePort();
        Path ini = directory.resolve("virtuoso.ini");
        Files.writeString(ini, ini(directory, sqlPort, httpPort));
        Path log = directory.resolve("console.log");
        Process process = new ProcessBuilder(server, "-f", "+configfile", ini.toString())
                .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        VirtuosoServer virtuoso = new VirtuosoServer(process, httpPort, directory);
        virtuoso.awaitQueries(log);
        virtuoso.sql(isql, sqlPort,
                "DB.DBA.USER_CREATE('" + USER + "', '" + PASSWORD + "');",
                "GRANT SPARQL_UPDATE TO \"" + USER + "\";",
                "DB.DBA.RDF_DEFAULT_USER_PERMS_SET('" + USER + "', 7);",
                "DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 1);");
        return virtuoso;
    }

    private static String ini(Path directory, int sqlPort, int httpPort) {
        String db = directory.toString();
        return """
                [Database]
                DatabaseFile       = %1$s/virtuoso.db
                ErrorLogFile       = %1$s/virtuoso.log
                LockFile           = %1$s/virtuoso.lck
                TransactionFile    = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                MaxCheckpointRemap = 2000
                Striping           = 0
                TempStorage        = TempDatabase

                [TempDatabase]
                DatabaseFile       = %1$s/virtuoso-temp.db
                TransactionFile    = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping           = 0

                [Parameters]
                ServerPort           = 127.0.0.1:%2$d
                DisableUnixSocket    = 1
                MaxClientConnections = 16
                CheckpointInterval   = 60
                CaseMode             = 2
                DirsAllowed          = ., %1$s
                MaxSortedTopRows     = 1000000
                NumberOfBuffers      = 40000
                MaxDirtyBuffers      = 30000

                [HTTPServer]
                ServerPort           = 127.0.0.1:%3$d
                ServerRoot           = %1$s
                MaxClientConnections = 16
                ServerThreads        = 16
                Charset              = UTF-8

                [SPARQL]
                ResultSetMaxRows           = 1000000
                MaxQueryCostEstimationTime = 400
                MaxQueryExecutionTime      = 120
                """.formatted(db, sqlPort, httpPort);
    }

    private void awaitQueries(Path log) throws IOException {
        HttpClient probe = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        URI ask = URI.create(queryEndpoint() + "?query=ASK%7B%7D");
        while (System.nanoTime() < deadline) {
            try {
                if (probe.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Virtuoso exited: " + Files.readString(log));
            }
            pause();
        }
        process.destroyForcibly();
        throw new IllegalStateException("Virtuoso did not answer on " + queryEndpoint() + ": " + Files.readString(log));
    }

    private void sql(String isql, int sqlPort, String... statements) throws IOException {
        Process client = new ProcessBuilder(isql, "127.0.0.1:" + sqlPort, "dba", DBA_PASSWORD,
                "exec=" + String.join(" ", statements)).redirectErrorStream(true).start();
        String output = new String(client.getInputStream().readAllBytes());
        try {
            if (!client.waitFor(60, TimeUnit.SECONDS) || client.exitValue() != 0 || output.contains("Error")) {
                throw new IllegalStateException("isql-vt failed to set up the store's writer: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException(program + " not found on the PATH: the Virtuoso run of the HTTP tests needs "
                + "OpenLink Virtuoso 7 (Debian: apt-get install virtuoso-opensource; .ci/run installs it)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
