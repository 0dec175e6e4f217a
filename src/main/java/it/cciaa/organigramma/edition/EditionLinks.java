package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps {@code ?edizione=} on a page's links to other pages, so that browsing a past edition stays in it: the key
 * goes on the request ({@link LinkedDataLinks#EDITION_ATTRIBUTE}, read by {@code @linkedDataLinks.href}) and on every
 * {@code @{…}} link of the templates, which Thymeleaf passes through {@link HttpServletResponse#encodeURL} (the hook
 * servlet containers use for session ids). A malformed key is left to the page, which answers 400.
 */
@Component
class EditionLinks extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = "GET".equals(request.getMethod()) ? request.getParameter(Editions.PARAMETER) : null;
        if (key == null || !Editions.isKey(key)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(LinkedDataLinks.EDITION_ATTRIBUTE, key);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(LinkedDataLinks.inEdition(url, key));
            }
        });
    }
}
