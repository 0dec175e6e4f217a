package it.cciaa.organigramma.capacity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who asks for a {@link FairSlots slot}: a client, by its address as the service sees it (null: the service itself,
 * held to no client's share), and whether an editor signed in.
 *
 * @param client the client's address, or null outside an HTTP request
 * @param editor whether the request carries an editor's credentials, checked by the security rules
 */
public record Claimant(String client, boolean editor) {
    /** The Spring Security role of editors ({@code security.Role.EDITOR}). */
    static final String EDITOR_ROLE = "EDITOR";

    /** The claimant of an HTTP request: its remote address, and whether its user is an editor. */
    public static Claimant of(HttpServletRequest request) {
        return new Claimant(request.getRemoteAddr(), request.isUserInRole(EDITOR_ROLE));
    }

    /** The claimant of the HTTP request this thread serves; outside one, the service itself. */
    public static Claimant current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? of(servlet.getRequest())
                : new Claimant(null, false);
    }
}
