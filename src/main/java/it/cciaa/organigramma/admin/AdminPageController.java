package it.cciaa.organigramma.admin;

import it.cciaa.organigramma.linkeddata.Representation;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.security.Role;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.KnowledgeStore;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /admin} (readers and editors): the store, who is signed in with which role, the editions count, and how
 * to publish, update and write graphs with curl. HTML for browsers, the same facts as JSON for
 * {@code application/json} or {@code ?format=json}; nothing here changes anything.
 */
@Controller
class AdminPageController {
    private final KnowledgeStore store;
    private final NamedQueries queries;
    private final KgProperties properties;

    AdminPageController(KnowledgeStore store, NamedQueries queries, KgProperties properties) {
        this.store = store;
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping("/admin")
    Object overview(@RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication user,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        AdminOverview overview = overview(user);
        return switch (Representation.required(format, accept)) {
            case Representation.Html html -> new ModelAndView("admin/overview").addObject("admin", overview);
            case Representation.Json json -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(overview);
            case Representation.Rdf rdf -> throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE,
                    "La pagina di amministrazione è disponibile in text/html e application/json / The administration "
                            + "page is offered as text/html and application/json.");
        };
    }

    private AdminOverview overview(Authentication user) {
        RowSetRewindable editions = store.select(queries.find("opendata/editions").orElseThrow(), Map.of());
        int count = 0;
        while (editions.hasNext()) {
            editions.next();
            count++;
        }
        String service = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return new AdminOverview(properties.embedded() ? "embedded" : "external", withoutUserInfo(
                store.updateEndpoint()), user.getName(), Role.of(user).configName(), count, service);
    }

    /** A URL as it may be shown: no user name or password in it. */
    private static String withoutUserInfo(String url) {
        try {
            URI uri = new URI(url);
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException | RuntimeException e) {
            return "(URL non leggibile)";
        }
    }
}
