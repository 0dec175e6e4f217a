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
 *
 * <p>The same reasoning keeps whole answers ({@link AnswerCache}): a public GET answered before at this store version
 * is answered again from its bytes, here, before any controller, query or template runs. An answer is kept only when
 * it is a 200 read at one store version (no write of this service ran meanwhile, and the store's version is still the
 * one it was read at, so that another instance's publication cannot leave a mixed answer behind), and it never sets a
 * cookie or says {@code no-store}/{@code private}. The administration and the actuator are never kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ConditionalGetFilter extends OncePerRequestFilter {
    private final StoreVersion version;
    private final StoreWrites writes;
    private final AnswerCache cache;

    ConditionalGetFilter(StoreVersion version, StoreWrites writes, AnswerCache cache) {
        this.version = version;
        this.writes = writes;
        this.cache = cache;
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
        String uri = request.getRequestURI();
        if (uri.equals("/admin") || uri.startsWith("/admin/")) {
            chain.doFilter(request, new ValidatorHeaders(response, etag, lastModified,
                    () -> epoch % 2 == 0 && writes.epoch() == epoch));
            return;
        }
        String token = version.token();
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        AnswerCache.Key key = new AnswerCache.Key(token, url.toString(), request.getHeader(HttpHeaders.ACCEPT),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), request.getHeader(HttpHeaders.ORIGIN));
        AnswerCache.Answer kept = cache.find(key);
        if (kept != null) {
            replay(kept, request, response);
            return;
        }
        ValidatorHeaders validated = new ValidatorHeaders(response, etag, lastModified,
                () -> epoch % 2 == 0 && writes.epoch() == epoch);
        if (!request.getMethod().equals("GET")) {
            chain.doFilter(request, validated);
            return;
        }
        Recorder recorder = new Recorder(validated, cache.largestAnswer());
        chain.doFilter(request, recorder);
        recorder.finish();
        if (recorder.keepable() && epoch % 2 == 0 && writes.epoch() == epoch && version.stillCurrent(token)) {
            cache.keep(key, new AnswerCache.Answer(recorder.headers(), recorder.body()));
        }
    }

    private static void replay(AnswerCache.Answer kept, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        java.util.Set<String> set = new java.util.HashSet<>();
        for (java.util.Map.Entry<String, String> header : kept.headers()) {
            // set, then added: the filters before this one (security's headers) have set some of them already
            if (set.add(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                response.setHeader(header.getKey(), header.getValue());
            } else {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        response.setContentLength(kept.body().length);
        if (request.getMethod().equals("GET")) {
            response.getOutputStream().write(kept.body());
        }
    }

    /**
     * Passes the answer through to the client and keeps a copy of it, up to {@code limit} bytes: a longer answer
     * streams on and is not kept.
     */
    private static final class Recorder extends HttpServletResponseWrapper {
        /** Headers that belong to one exchange, not to the answer. */
        private static final java.util.Set<String> EXCHANGE = java.util.Set.of("date", "content-length",
                "transfer-encoding", "connection", "keep-alive");
        private final java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
        private final long limit;
        private boolean overLimit;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Recorder(HttpServletResponse response, long limit) {
            super(response);
            this.limit = limit;
        }

        private void record(byte[] bytes, int offset, int length) {
            if (!overLimit && copy.size() + (long) length <= limit) {
                copy.write(bytes, offset, length);
            } else {
                overLimit = true;
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream target = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        target.write(b);
                        record(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        target.write(bytes, offset, length);
                        record(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        target.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return target.isReady();
                    }

                    @Override
                    public void setWriteListener(jakarta.servlet.WriteListener listener) {
                        target.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(),
                        java.nio.charset.Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        void finish() {
            if (writer != null) {
                writer.flush();
            }
        }

        boolean keepable() {
            if (overLimit || getStatus() != HttpServletResponse.SC_OK || getHeader(HttpHeaders.SET_COOKIE) != null) {
                return false;
            }
            String cacheControl = getHeader(HttpHeaders.CACHE_CONTROL);
            return cacheControl == null || !(cacheControl.contains("no-store") || cacheControl.contains("private"));
        }

        java.util.List<java.util.Map.Entry<String, String>> headers() {
            java.util.List<java.util.Map.Entry<String, String>> headers = new java.util.ArrayList<>();
            for (String name : getHeaderNames()) {
                if (!EXCHANGE.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    for (String value : getHeaders(name)) {
                        headers.add(java.util.Map.entry(name, value));
                    }
                }
            }
            if (getHeader(HttpHeaders.CONTENT_TYPE) == null && getContentType() != null) {
                headers.add(java.util.Map.entry(HttpHeaders.CONTENT_TYPE, getContentType()));
            }
            return java.util.List.copyOf(headers);
        }

        byte[] body() {
            return copy.toByteArray();
        }
    }

    private String etag(HttpServletRequest request) {
        CRC32 crc = new CRC32();
        String key = request.getRequestURI() + "?" + request.getQueryString() + "|" + request.getHeader(HttpHeaders.ACCEPT);
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return "W/\"" + version.token() + "-" + Long.toString(crc.getValue(), 36) + "\"";
    }

    private static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || tag.equals(etag) || ("W/" + tag).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && lastModified / 1000 <= since / 1000;
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
