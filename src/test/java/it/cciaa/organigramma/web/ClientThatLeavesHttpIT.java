package it.cciaa.organigramma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A client that leaves halfway through a large answer leaves nothing behind: the first part it was sent is not kept
 * as the answer for the next askers, and the next ask gets the whole of it.
 */
class ClientThatLeavesHttpIT {
    private final LiveService service = LiveService.get();

    @Test
    void anAnswerCutShortByAClientThatLeftIsNotKeptForOthers() throws Exception {
        // the whole store as N-Quads (4 MB, kept whole when read whole), at a URL no one asked before
        String path = "/dump/organigramma.nq?lasciata=" + System.nanoTime();
        URI base = URI.create(service.url("/"));
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(1024); // the server's writes block soon, and fail once the client has gone
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()));
            OutputStream out = socket.getOutputStream();
            // the same Host, Accept (and no Accept-Language) as the client below: the same answer in the cache
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: application/n-quads\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(in.readNBytes(200)).hasSize(200);
            socket.setSoLinger(true, 0); // closed with a reset, the rest of the answer unread
        }
        Thread.sleep(1_000); // the server finds out on its next writes

        HttpResponse<String> next = service.get(path, "application/n-quads");
        HttpResponse<String> fresh = service.get(path + "&altra=1", "application/n-quads");

        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).endsWith(" .\n").hasSameSizeAs(fresh.body());
    }
}
