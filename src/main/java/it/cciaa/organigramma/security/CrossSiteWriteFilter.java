package it.cciaa.organigramma.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) a write sent by a page of another site: without sessions there is no CSRF token, but a browser that
 * cached Basic credentials would add them to a cross-site form POST. A write passes when it has no {@code Origin}
 * (programs such as curl) or the service's own origin, and its {@code Sec-Fetch-Site} is not {@code cross-site}.
 * Reads are not concerned: the same-origin policy keeps their answers from other sites.
 */
final class CrossSiteWriteFilter extends OncePerRequestFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            RefusalAnswers.send(request, response, HttpStatus.FORBIDDEN, RefusalAnswers.CROSS_SITE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equals(ownOrigin(request)) && !normalised(origin).equals(ownOrigin(request));
    }

    /** scheme://host[:port] of this service as the request reached it (the port only when not the default). */
    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** An Origin header written as {@link #ownOrigin} writes one; "null" or a malformed value stays as it is. */
    private static String normalised(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return origin;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return origin;
        }
    }
}
