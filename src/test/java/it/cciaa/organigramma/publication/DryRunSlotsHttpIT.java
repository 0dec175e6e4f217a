package it.cciaa.organigramma.publication;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.edition.ChangedFoggiaDocument;
import it.cciaa.organigramma.web.LiveService;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The dry run's slots against the live service: two for the public, at most one per client, and one more for editors.
 * A slot is held from the reading of the body to the report, so a client that sends its body slowly holds one (until
 * the server's read timeout): that is how these tests fill the slots, for exactly as long as they need. Clients are told apart by
 * their address ({@link LiveService#clientAt}).
 */
class DryRunSlotsHttpIT {
    private static final byte[] DOCUMENT = ChangedFoggiaDocument.original();
    private static final String PUBLISHABLE = "\"outcome\"\\s*:\\s*\"publishable\"";
    private final LiveService service = LiveService.get();

    @Test
    void aClientLoopingOnDryRunsHoldsOneSlotAndAnotherClientGetsItsReport() throws Exception {
        try (HeldSlot looping = HeldSlot.from("127.0.0.31", service)) {
            List<CompletableFuture<HttpResponse<String>>> more = new ArrayList<>();
            for (int request = 0; request < 4; request++) {
                more.add(verifyAsync("127.0.0.31", null));
            }
            for (CompletableFuture<HttpResponse<String>> answer : more) {
                HttpResponse<String> refused = answer.get(60, TimeUnit.SECONDS);
                assertThat(refused.statusCode()).as("the looping client's own excess").isEqualTo(429);
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(refused.body()).contains("da questo indirizzo sono già in corso 1 verifiche");
            }

            HttpResponse<String> other = verify("127.0.0.32", null);
            assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
            assertThat(other.body()).containsPattern(PUBLISHABLE);
            assertThat(looping.answered()).as("the looping client still holds its slot").isFalse();
        }
    }

    @Test
    void anEditorsDryRunIsAnsweredWhileThePublicSlotsAreFull() throws Exception {
        try (HeldSlot first = HeldSlot.from("127.0.0.33", service);
                HeldSlot second = HeldSlot.from("127.0.0.34", service)) {
            HttpResponse<String> busy = verify("127.0.0.35", null);
            assertThat(busy.statusCode()).as(busy.body()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(busy.body()).contains("tutti i posti per le verifiche sono occupati");
            assertThat(verify("127.0.0.35", LiveService.READER).statusCode()).as("a reader is the public")
                    .isEqualTo(503);
            assertThat(verify("127.0.0.35", new LiveService.Credentials(LiveService.EDITOR.user(), "not-it"))
                    .statusCode()).as("wrong credentials are checked").isEqualTo(401);

            HttpResponse<String> editor = verify("127.0.0.35", LiveService.EDITOR);
            assertThat(editor.statusCode()).as(editor.body()).isEqualTo(200);
            assertThat(editor.body()).containsPattern(PUBLISHABLE);
            assertThat(first.answered() || second.answered()).isFalse();
        }
    }

    private HttpResponse<String> verify(String client, LiveService.Credentials who) throws Exception {
        return verifyAsync(client, who).get(2, TimeUnit.MINUTES);
    }

    private CompletableFuture<HttpResponse<String>> verifyAsync(String client, LiveService.Credentials who) {
        HttpRequest.Builder request = request(service).POST(HttpRequest.BodyPublishers.ofByteArray(DOCUMENT));
        HttpClient http = LiveService.clientAt(client);
        return http.sendAsync((who == null ? request : LiveService.signedIn(request, who)).build(),
                HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failure) -> http.close());
    }

    private static HttpRequest.Builder request(LiveService service) {
        return HttpRequest.newBuilder(URI.create(service.url("/edizioni/verifica?data=2025-01-01")))
                .timeout(Duration.ofMinutes(2)).header("Content-Type", "text/plain; charset=UTF-8")
                .header("Accept", "application/json");
    }

    /**
     * A dry run, on a socket of its own, whose body stops after its first kilobyte until {@link #close()}: it holds a
     * slot of its client until then. It is known to hold it when a second dry run of the same client is refused as its
     * client's excess.
     */
    private static final class HeldSlot implements AutoCloseable {
        private static final int FIRST = 1024;
        private final Socket socket;
        private final String client;

        private HeldSlot(Socket socket, String client) {
            this.socket = socket;
            this.client = client;
        }

        static HeldSlot from(String client, LiveService service) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            try (HttpClient probe = LiveService.clientAt(client)) {
                while (System.nanoTime() < deadline) {
                    HeldSlot held = new HeldSlot(send(client, service), client);
                    while (System.nanoTime() < deadline) {
                        if (probe.send(request(service).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode() == 429) {
                            return held;
                        }
                        if (held.answered()) { // refused while the probe held the slot: send it again
                            held.socket.close();
                            break;
                        }
                        Thread.sleep(50);
                    }
                }
            }
            throw new AssertionError("the slow dry run of " + client + " holds no slot");
        }

        /** The request line, the head and the first kilobyte of the body. */
        private static Socket send(String client, LiveService service) throws IOException {
            URI url = URI.create(service.url("/edizioni/verifica?data=2025-01-01"));
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(client, 0));
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5_000);
            socket.setSoTimeout(120_000);
            String head = "POST " + url.getRawPath() + "?" + url.getRawQuery() + " HTTP/1.1\r\nHost: " + url.getHost()
                    + ":" + url.getPort() + "\r\nConnection: close\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                    + "Accept: application/json\r\nContent-Length: " + DOCUMENT.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(DOCUMENT, 0, FIRST);
            out.flush();
            return socket;
        }

        /** Whether the service has answered (it must not, while the body is incomplete). */
        boolean answered() throws IOException {
            return socket.getInputStream().available() > 0;
        }

        /** Sends the rest of the body and checks the dry run then got its report. */
        @Override
        public void close() throws IOException {
            try (socket) {
                socket.getOutputStream().write(DOCUMENT, FIRST, DOCUMENT.length - FIRST);
                socket.getOutputStream().flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).as("the held dry run of " + client).startsWith("HTTP/1.1 200")
                        .containsPattern(PUBLISHABLE);
            }
        }
    }

    static {
        assertThat(DOCUMENT.length).as("a document longer than the part sent at once").isGreaterThan(2048);
    }
}
