package it.cciaa.organigramma.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 requests written byte for byte, for request targets that HTTP clients would normalise or refuse to send
 * ({@code /admin/./update}, {@code //admin/update}, a backslash…).
 */
final class RawHttp {
    private RawHttp() {}

    record Answer(int status, String head, String body) {}

    static Answer send(String baseUrl, String method, String target, Map<String, String> headers, String body) {
        URI base = URI.create(baseUrl);
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.transferTo(read);
            String answer = read.toString(StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String head = end < 0 ? answer : answer.substring(0, end);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            return new Answer(Integer.parseInt(statusLine[1]), head, end < 0 ? "" : answer.substring(end + 4));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + target + " failed", e);
        }
    }
}
