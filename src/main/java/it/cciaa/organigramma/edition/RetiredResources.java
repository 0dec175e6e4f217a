package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.springframework.stereotype.Component;

/**
 * The IRIs that outlive their unit: a resource of a chamber (a unit) that an earlier edition of the chamber had and
 * its current edition lacks. {@link #find(String)} names the last edition that had it and, when the diff with the
 * next edition found the unit renamed or moved under a new code, its successor (followed to the current edition).
 */
@Component
public class RetiredResources {
    private final KnowledgeStore store;
    private final Editions editions;
    private final NamedQuery inEdition;
    private final NamedQuery unitsMoved;

    RetiredResources(KnowledgeStore store, Editions editions, NamedQueries queries) {
        this.store = store;
        this.editions = editions;
        this.inEdition = queries.find("edition/unit-in-edition").orElseThrow();
        this.unitsMoved = queries.find("edition/units-moved").orElseThrow();
    }

    /** A resource gone from its chamber's current edition: where it was last, and what replaced it, if anything. */
    public record Retired(String iri, Edition lastEdition, Edition removedBy, Optional<String> successor) {}

    /** Thrown where a page or description finds the resource retired: answered 410 Gone with the links. */
    public static final class Gone extends RuntimeException {
        private final Retired retired;

        public Gone(Retired retired) {
            super("gone: " + retired.iri());
            this.retired = retired;
        }

        public Retired retired() {
            return retired;
        }
    }

    /** The retirement of a resource of a chamber; empty when the current edition has it or no edition ever had it. */
    public Optional<Retired> find(String iri) {
        Optional<String> chamber = ChamberIris.slugOf(iri);
        if (chamber.isEmpty()) {
            return Optional.empty();
        }
        List<Edition> chain = editions.of(chamber.get());
        if (chain.isEmpty() || has(chain.getLast(), iri)) {
            return Optional.empty();
        }
        for (int at = chain.size() - 2; at >= 0; at--) {
            if (has(chain.get(at), iri)) {
                return Optional.of(new Retired(iri, chain.get(at), chain.get(at + 1),
                        successor(iri, chain.subList(at, chain.size()))));
            }
        }
        return Optional.empty();
    }

    /** Throws {@link Gone} when the resource is retired; returns otherwise. */
    public void failIfRetired(String iri) {
        find(iri).ifPresent(retired -> {
            throw new Gone(retired);
        });
    }

    /** The unit that took the resource's place, moved edition after edition up to the current one. */
    private Optional<String> successor(String iri, List<Edition> fromLastHaving) {
        String followed = iri;
        for (int at = 0; at + 1 < fromLastHaving.size(); at++) {
            Edition older = fromLastHaving.get(at);
            Edition newer = fromLastHaving.get(at + 1);
            if (!has(older, followed)) {
                continue;
            }
            Optional<String> moved = movedTo(followed, older, newer);
            if (moved.isEmpty()) {
                return followed.equals(iri) ? Optional.empty() : Optional.of(followed);
            }
            followed = moved.get();
        }
        return followed.equals(iri) ? Optional.empty() : Optional.of(followed);
    }

    private Optional<String> movedTo(String iri, Edition older, Edition newer) {
        Map<String, Node> parameters = Map.of("old", NodeFactory.createURI(older.graph()),
                "new", NodeFactory.createURI(newer.graph()));
        return Rows.of(store.select(unitsMoved, parameters)).stream()
                .filter(row -> iri.equals(row.get("oldUnit")) && !iri.equals(row.get("newUnit")))
                .map(row -> row.get("newUnit")).findFirst();
    }

    private boolean has(Edition edition, String iri) {
        return edition.graph() != null && store.ask(inEdition, Map.of("edition", NodeFactory.createURI(edition.graph()),
                "resource", NodeFactory.createURI(iri)));
    }
}
