package it.cciaa.organigramma.edition;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged service ({@code organigramma-kg.jar serve}) as its own process, on a data directory that outlives it:
 * for the tests that must kill it as {@code kill -9} would and start it again on the same store.
 *
 * <pre>{@code
 * try (ServiceProcess service = ServiceProcess.start(dataDir, Map.of("KG_USERS", users))) { … }
 * }</pre>
 */
public final class ServiceProcess implements AutoCloseable {
    private static final Path JAR = Path.of(System.getProperty("kg.build.dir", "target"), "organigramma-kg.jar");

    private final Process process;
    private final Path log;
    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceProcess(Process process, Path log, String baseUrl) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    /** Starts the service on a free port and waits until it answers (the first start loads the store). */
    public static ServiceProcess start(Path dataDir, Map<String, String> environment) throws IOException {
        return start(dataDir, environment, List.of());
    }

    /**
     * The same with more arguments, where {@code {port}} stands for the port it is given: for example
     * {@code --kg.base-iri=http://127.0.0.1:{port}}, the service's own host as its base.
     */
    public static ServiceProcess start(Path dataDir, Map<String, String> environment, List<String> arguments)
            throws IOException {
        return start(dataDir, environment, arguments, List.of("-Xmx1g"));
    }

    /** The same with the JVM's options (by default {@code -Xmx1g}). */
    public static ServiceProcess start(Path dataDir, Map<String, String> environment, List<String> arguments,
            List<String> jvmOptions) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the build packages it before the integration tests");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("kg-service-", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "serve", "--server.port=" + port,
                "--kg.data-dir=" + dataDir, "--kg.seed-edition-date=2025-01-01"));
        for (String argument : arguments) {
            command.add(argument.replace("{port}", String.valueOf(port)));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        ServiceProcess service = new ServiceProcess(process, log, "http://127.0.0.1:" + port);
        service.awaitReady();
        return service;
    }

    /** The service's process, for what the operating system knows of it (CPU time, sockets). */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public HttpClient client() {
        return client;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).GET().build());
    }

    /** The service's log so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until a line containing {@code text} appears in the log (polling every millisecond or so). */
    public boolean awaitLog(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (log().contains(text)) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    /**
     * Where an operator reads the whole store (every quad, N-Quads): the embedded store listens on no port, so the
     * service's own Graph Store endpoint, with a reader's or an editor's credentials.
     */
    public String storeUrl() {
        return url("/admin/graph-store");
    }

    /** Kills the process at once, as {@code kill -9} does (SIGKILL on Unix: no shutdown hook runs). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited:\n" + log());
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the service did not answer in 120 s:\n" + log());
    }
}
