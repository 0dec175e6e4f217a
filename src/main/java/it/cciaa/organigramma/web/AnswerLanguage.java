package it.cciaa.organigramma.web;

import it.cciaa.organigramma.language.Message;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of every answer, as {@code Content-Language}: Italian, the language of the pages and the data, unless
 * a {@link Message} chosen for the request was sent in English. Spring MVC asks its {@code localeResolver} for the
 * language of a rendered page and sets it on the response; the default resolver took the server's own locale (so
 * Italian pages said {@code Content-Language: en}). As a filter it marks every answer Italian first, also those that
 * never reach Spring MVC (the security layer's refusals, the SPARQL endpoint).
 */
@Component("localeResolver")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AnswerLanguage extends OncePerRequestFilter implements LocaleResolver {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setLocale(Locale.ITALIAN);
        chain.doFilter(request, response);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return request.getAttribute(Message.LANGUAGE_ATTRIBUTE) instanceof Locale chosen ? chosen : Locale.ITALIAN;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the answer's language follows its messages, not a setting");
    }
}
