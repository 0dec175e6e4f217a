package it.cciaa.organigramma.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** One log line per request: method, path, status, time, on the {@code access} logger. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {
    private static final Logger ACCESS = LoggerFactory.getLogger("access");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (ACCESS.isInfoEnabled()) {
                String query = request.getQueryString();
                ACCESS.info("{} {}{} {} {}ms", request.getMethod(), request.getRequestURI(),
                        query == null ? "" : "?" + (query.length() > 200 ? query.substring(0, 200) + "…" : query),
                        response.getStatus(), (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
