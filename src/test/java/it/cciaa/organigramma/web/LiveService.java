package it.cciaa.organigramma.web;

import it.cciaa.organigramma.OrganigrammaApplication;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The running service for end-to-end tests: started once per JVM on a free port, with a fresh data directory, and
 * spoken to over real HTTP. With the system property {@code kg.test.store=remote} the store is a standalone Fuseki
 * server ({@code jena-fuseki-server}, copied to {@code target/fuseki/} by the build) started as a separate process;
 * with {@code kg.test.store=virtuoso} it is OpenLink Virtuoso ({@link VirtuosoServer}); otherwise the embedded one. With {@code kg.test.base=port} the service's base IRI is not the default one but
 * {@code http://127.0.0.1:PORT}, its own address, as a chamber hosting it on its own domain would run it. The same
 * tests run in every mode (four failsafe executions), so they take the IRIs of data from {@link #iri(String)}.
 *
 * <pre>{@code
 * HttpResponse<String> page = LiveService.get().get("/organigramma", "text/html");
 * String unit = LiveService.get().iri("/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1");
 * }</pre>
 */
public final class LiveService {
    /** The query timeout the tests run with: short, so that a runaway query is stopped quickly. */
    public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(2);

    /** The editor the service starts with ({@code kg.users}): may publish, update and write graphs. */
    public static final Credentials EDITOR = new Credentials("test-editor", "editor-password-1");
    /** The reader the service starts with: may open the {@code /admin} pages; every write answers 403. */
    public static final Credentials READER = new Credentials("test-reader", "reader-password-1");

    static {
        KnowledgeStore.configureConnectionReuse(); // as the service's main does, before any HTTP client of this JVM
    }

    private static LiveService instance;
    private static RuntimeException failure;
    private static Process fuseki;

    /** A user name and password for HTTP Basic. */
    public record Credentials(String user, String password) {
        /** The {@code Authorization} header's value. */
        public String basic() {
            return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** A request signed in as {@code who} (HTTP Basic), e.g. {@code signedIn(HttpRequest.newBuilder(uri), EDITOR)}. */
    public static HttpRequest.Builder signedIn(HttpRequest.Builder request, Credentials who) {
        return request.header("Authorization", who.basic());
    }

    private final String baseUrl;
    private final String mode;
    private final String baseIri;
    private final ConfigurableApplicationContext context;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private LiveService(String baseUrl, String mode, String baseIri, ConfigurableApplicationContext context) {
        this.baseUrl = baseUrl;
        this.mode = mode;
        this.baseIri = baseIri;
        this.context = context;
    }

    /** The service, started on first use. */
    public static synchronized LiveService get() {
        if (failure != null) { // one attempt per JVM: a failed start is not repeated for every test
            throw new IllegalStateException("the live service failed to start", failure);
        }
        if (instance == null) {
            try {
                instance = start();
            } catch (RuntimeException e) {
                failure = e;
                if (fuseki != null) {
                    fuseki.destroyForcibly();
                }
                throw e;
            }
        }
        return instance;
    }

    /** "embedded", "remote" (a standalone Fuseki) or "virtuoso". */
    public String mode() {
        return mode;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** The base of the IRIs the service mints: the default one, or its own address with {@code kg.test.base=port}. */
    public String base() {
        return baseIri;
    }

    /** The IRI of ours at a path, e.g. {@code iri("/graph/catalogo")}, on the base the service runs with. */
    public String iri(String path) {
        return baseIri + path;
    }

    public HttpClient client() {
        return client;
    }

    /** The running service's Spring context (it runs in this JVM), e.g. to read the routes its controllers declare. */
    public ConfigurableApplicationContext context() {
        return context;
    }

    /** A GET with an Accept header (null: none). */
    public HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    /**
     * A client that connects from another address of the loopback interface ({@code 127.0.0.2} to
     * {@code 127.0.0.254}: on Linux all of 127.0.0.0/8 is local), so that the service sees another client.
     */
    public static HttpClient clientAt(String loopbackAddress) {
        try {
            return HttpClient.newBuilder().localAddress(java.net.InetAddress.getByName(loopbackAddress))
                    .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(loopbackAddress, e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static LiveService start() {
        String mode = System.getProperty("kg.test.store", "embedded");
        boolean ownBase = System.getProperty("kg.test.base", "default").equals("port");
        try {
            Path dataDir = Files.createTempDirectory("kg-live-");
            int chosenPort = ownBase ? freePort() : 0; // the base must be known before the start: choose the port
            // Command-line arguments, which take precedence over application.properties.
            List<String> arguments = new ArrayList<>(List.of(
                    "--server.port=" + chosenPort,
                    "--kg.data-dir=" + dataDir,
                    "--kg.query-timeout=" + QUERY_TIMEOUT.toMillis() + "ms",
                    "--kg.seed-edition-date=2025-01-01",
                    // the suite's own wrong passwords must not lock the shared users out (FailedLoginLimitIT tests 20)
                    "--kg.login-failures-per-minute=1000",
                    "--kg.users=" + users()));
            if (ownBase) {
                arguments.add("--kg.base-iri=http://127.0.0.1:" + chosenPort);
            }
            if (mode.equals("remote")) {
                StandaloneFuseki store = startStandaloneFuseki();
                fuseki = store.process();
                arguments.add("--kg.store-url=" + store.dataset());
            } else if (mode.equals("virtuoso")) {
                VirtuosoServer store = VirtuosoServer.start();
                fuseki = store.process();
                arguments.addAll(store.serviceArguments());
            }
            ConfigurableApplicationContext context = new SpringApplicationBuilder(OrganigrammaApplication.class)
                    .run(arguments.toArray(String[]::new));
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
            String baseIri = context.getBean(KgProperties.class).baseIri();
            // the search index's first build runs beside the first requests: the suite starts once it is done
            var search = context.getBean(it.cciaa.organigramma.search.SearchIndex.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (search.builtAt().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            return new LiveService("http://127.0.0.1:" + port, mode, baseIri, context);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the service started", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the service", e);
        }
    }

    /** A port free now (the service or Fuseki takes it a moment later). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code kg.users} for {@link #EDITOR} and {@link #READER}, hashed at start as {@code hash-password} does. */
    private static String users() {
        var encoder = org.springframework.security.crypto.factory.PasswordEncoderFactories
                .createDelegatingPasswordEncoder();
        return EDITOR.user() + "=editor:" + encoder.encode(EDITOR.password()) + " "
                + READER.user() + "=reader:" + encoder.encode(READER.password());
    }

    /** A standalone Fuseki server running as its own process, and the URL of its dataset. */
    public record StandaloneFuseki(Process process, String dataset) {}

    /** Starts {@code jena-fuseki-server} as its own process, in memory with updates, and waits until it answers. */
    public static StandaloneFuseki startStandaloneFuseki() throws IOException {
        return startStandaloneFuseki(freePort());
    }

    /** The same on a given port (a store that comes up where a service already expects it). */
    public static StandaloneFuseki startStandaloneFuseki(int port) throws IOException {
        Path jar = Path.of(System.getProperty("kg.build.dir", "target"), "fuseki", "jena-fuseki-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the build copies it before the integration tests");
        }
        Path log = Files.createTempFile("fuseki-", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(), "--mem", "--update", "--localhost", "--port=" + port, "/ds")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        String dataset = "http://127.0.0.1:" + port + "/ds";
        HttpClient probe = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> answer = probe.send(HttpRequest.newBuilder(URI.create(dataset + "?query=ASK%7B%7D"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return new StandaloneFuseki(process, dataset);
                }
            } catch (IOException notYet) {
                // the server is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited: " + Files.readString(log));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Fuseki did not answer on " + dataset + ": " + Files.readString(log));
    }
}
