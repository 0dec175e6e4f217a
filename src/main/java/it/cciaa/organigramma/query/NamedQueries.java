package it.cciaa.organigramma.query;

import it.cciaa.organigramma.project.ProjectResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;

/** The library of named queries: every {@code queries/**}{@code /*.rq}, parsed once when the library is loaded. */
public final class NamedQueries {
    private final Map<String, NamedQuery> byName;

    private NamedQueries(Map<String, NamedQuery> byName) {
        this.byName = byName;
    }

    /** Loads and parses every query of the project; a query that does not parse fails the load. */
    public static NamedQueries load() {
        Map<String, NamedQuery> byName = new TreeMap<>();
        for (Resource resource : ProjectResources.list("queries", "*.rq")) {
            String path = ProjectResources.pathOf(resource);
            String name = path.substring("queries/".length(), path.length() - ".rq".length());
            try {
                byName.put(name, NamedQuery.parse(name, resource.getContentAsString(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return new NamedQueries(byName);
    }

    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every query, by name. */
    public Map<String, NamedQuery> all() {
        return byName;
    }
}
