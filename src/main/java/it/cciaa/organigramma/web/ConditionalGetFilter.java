package it.cciaa.organigramma.web;

import it.cciaa.organigramma.store.StoreVersion;
import it.cciaa.organigramma.store.StoreWrites;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code ETag} and {@code Last-Modified} on every GET answer of pages, APIs, SPARQL results and dumps, and 304 to
 * {@code If-None-Match} / {@code If-Modified-Since}. Every answer is a function of the store's content and of the
 * request (path, query, {@code Accept}), so the validator is the store version plus a hash of the request: a 304 costs
 * no query at all. Successful answers only carry the headers; errors never do.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ConditionalGetFilter extends OncePerRequestFilter {
    private final StoreVersion version;
    private final StoreWrites writes;

    ConditionalGetFilter(StoreVersion version, StoreWrites writes) {
        this.version = version;
        this.writes = writes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("GET") || method.equals("HEAD")) || request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long epoch = writes.epoch();
        String etag = etag(request);
        long lastModified = version.modified().toEpochMilli();
        if (notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            return;
        }
        chain.doFilter(request, new ValidatorHeaders(response, etag, lastModified,
                () -> epoch % 2 == 0 && writes.epoch() == epoch));
    }

    private String etag(HttpServletRequest request) {
        CRC32 crc = new CRC32();
        String key = request.getRequestURI() + "?" + request.getQueryString() + "|" + request.getHeader(HttpHeaders.ACCEPT);
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return "W/\"" + version.token() + "-" + Long.toString(crc.getValue(), 36) + "\"";
    }

    /** Whether the request's validators name this answer: 304 ({@code If-None-Match} first, as RFC 9110 says). */
    static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && lastModified / 1000 <= since / 1000;
    }

    /** Whether an {@code If-None-Match} value names {@code etag} (weakly) or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || ("W/" + tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the validators just before the body starts, and only when the answer is a success. */
    private static final class ValidatorHeaders extends HttpServletResponseWrapper {
        private final String etag;
        private final long lastModified;
        private final java.util.function.BooleanSupplier oneVersion;
        private boolean decided;

        ValidatorHeaders(HttpServletResponse response, String etag, long lastModified,
                java.util.function.BooleanSupplier oneVersion) {
            super(response);
            this.etag = etag;
            this.lastModified = lastModified;
            this.oneVersion = oneVersion;
        }

        private void decide() {
            if (!decided) {
                decided = true;
                if (getStatus() >= 200 && getStatus() < 300 && !isCommitted() && !oneVersion.getAsBoolean()) {
                    // read while this service wrote: its content may be either version's, so no validator names it
                    setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                } else if (getStatus() >= 200 && getStatus() < 300 && !isCommitted()) {
                    setHeader(HttpHeaders.ETAG, etag);
                    setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
                    if (getHeader(HttpHeaders.CACHE_CONTROL) == null) {
                        setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                    }
                }
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            decide();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            decide();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            decide();
            super.flushBuffer();
        }
    }
}
