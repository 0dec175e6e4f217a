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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Public GET answers kept whole ({@link AnswerCache}): a GET or HEAD answered before at this store version is
 * answered again from its bytes, here, before security, any controller, query or template runs (public reads need
 * no credentials; the administration and the actuator never pass here, nor the static files, which do not depend on
 * the store and which Spring serves from memory), with a 304 to an {@code If-None-Match} that names its {@code ETag}
 * or an {@code If-Modified-Since} not before its {@code Last-Modified}. An answer is kept only when it is a 200 read at one store version (no write of this service
 * ran meanwhile, and the store's version is still the one it was read at, so that another instance's publication
 * cannot leave a mixed answer behind), it reached the client whole (a client that left halfway leaves only a first
 * part behind), and it sets no cookie and says neither {@code no-store} nor {@code private}.
 * The validators themselves are {@link ConditionalGetFilter}'s, recorded with the rest of the answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class AnswerCacheFilter extends OncePerRequestFilter {
    private final StoreVersion version;
    private final StoreWrites writes;
    private final AnswerCache cache;

    AnswerCacheFilter(StoreVersion version, StoreWrites writes, AnswerCache cache) {
        this.version = version;
        this.writes = writes;
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String uri = request.getRequestURI();
        return !(method.equals("GET") || method.equals("HEAD")) || uri.startsWith("/actuator") || uri.equals("/admin")
                || uri.startsWith("/admin/") || uri.startsWith("/css/") || uri.startsWith("/js/")
                || uri.startsWith("/vendor/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long epoch = writes.epoch();
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
        if (!request.getMethod().equals("GET")) {
            chain.doFilter(request, response);
            return;
        }
        Recorder recorder = new Recorder(response, cache.largestAnswer());
        chain.doFilter(request, recorder);
        recorder.finish();
        if (recorder.keepable() && epoch % 2 == 0 && writes.epoch() == epoch && version.stillCurrent(token)) {
            cache.keep(key, new AnswerCache.Answer(recorder.headers(), recorder.body()));
        }
    }

    private static void replay(AnswerCache.Answer kept, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String etag = kept.header(HttpHeaders.ETAG);
        String lastModified = kept.header(HttpHeaders.LAST_MODIFIED);
        if (etag != null && lastModified != null && ConditionalGetFilter.notModified(request, etag,
                java.time.ZonedDateTime.parse(lastModified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant().toEpochMilli())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            for (String name : java.util.List.of(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.VARY,
                    HttpHeaders.CACHE_CONTROL)) {
                if (kept.header(name) != null) {
                    response.setHeader(name, kept.header(name));
                }
            }
            return;
        }
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
        /** Whether a write to the client failed (it left): what was recorded is then only the first part. */
        private boolean failed;
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
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        try {
                            target.write(bytes, offset, length);
                        } catch (IOException clientGone) {
                            failed = true;
                            throw clientGone;
                        }
                        record(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        try {
                            target.flush();
                        } catch (IOException clientGone) {
                            failed = true;
                            throw clientGone;
                        }
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
            try {
                super.flushBuffer();
            } catch (IOException clientGone) {
                failed = true;
                throw clientGone;
            }
        }

        void finish() {
            if (writer != null) {
                writer.flush();
            }
        }

        boolean keepable() {
            if (overLimit || failed || getStatus() != HttpServletResponse.SC_OK || getHeader(HttpHeaders.SET_COOKIE) != null) {
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
}
