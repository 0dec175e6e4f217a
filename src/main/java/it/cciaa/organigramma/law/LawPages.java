package it.cciaa.organigramma.law;

import it.cciaa.organigramma.law.LawPage.Citation;
import java.util.List;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The law pages as data: the list of laws with the references that name no act, and the page of one law. A request
 * it cannot answer fails with a {@link ResponseStatusException}: 400 when the IRI is missing or not an absolute IRI,
 * 404 when it is not a law of the store; the message says which, in Italian.
 */
@Component
public class LawPages {
    private final LawQueries queries;

    public LawPages(LawQueries queries) {
        this.queries = queries;
    }

    /** The same pages with the citations of one edition graph. */
    public LawPages in(String editionGraph) {
        return new LawPages(queries.in(editionGraph));
    }

    /** Every law, and the references of the document that name no act. */
    public LawIndex index() {
        return new LawIndex(queries.laws(), queries.unresolvedReferences());
    }

    /** The checked IRI of the law a request names. */
    public String lawIri(String iri) {
        if (iri == null || iri.isBlank()) {
            throw badRequest("Indicare la norma con il parametro iri, es. /norme/atto?iri=https://…");
        }
        String candidate = iri.strip();
        try {
            if (IRIx.create(candidate).isAbsolute()) {
                return candidate;
            }
        } catch (IRIException malformed) {
            // told below
        }
        throw badRequest("Il parametro iri non è un IRI assoluto: «" + iri + "».");
    }

    /** The page of the law {@code iri}. */
    public LawPage page(String iri) {
        String law = lawIri(iri);
        LawPage.LawDescription description = queries.law(law).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Nessuna norma del catalogo ha l'IRI «" + law + "»."));
        List<Citation> citations = queries.citing(law);
        return new LawPage(description, queries.officialPages(law), queries.parts(law), ofKind(citations, "concept"),
                ofKind(citations, "unit"), ofKind(citations, "other"), queries.linkedConcepts(law));
    }

    private static List<Citation> ofKind(List<Citation> citations, String kind) {
        return citations.stream().filter(c -> kind.equals(c.kind())).toList();
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
