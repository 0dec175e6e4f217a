package it.cciaa.organigramma.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with {@code Retry-After}, before any password is checked, to a request carrying Basic credentials from
 * a client or for a user name that has used up its failed logins ({@link FailedLogins}). Requests without credentials
 * pass: they cost no password check, and the rules answer them.
 */
final class FailedLoginFilter extends OncePerRequestFilter {
    private static final String BASIC = "basic ";

    private final FailedLogins failures;

    FailedLoginFilter(FailedLogins failures) {
        this.failures = failures;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
        Optional<Duration> wait = user.flatMap(name -> failures.wait(request.getRemoteAddr(), name));
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            RefusalAnswers.send(request, response, HttpStatus.TOO_MANY_REQUESTS, RefusalAnswers.tooManyFailures(seconds));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user name of a Basic {@code Authorization} header; empty without one, or when it cannot be read. */
    static Optional<String> basicUser(String authorization) {
        if (authorization == null || authorization.length() <= BASIC.length()
                || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String token = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = token.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(token.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // Spring's filter refuses it with 401, without a password check
        }
    }
}
