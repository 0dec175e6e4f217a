package it.cciaa.organigramma.law;

import it.cciaa.organigramma.law.LawPage.Citation;
import it.cciaa.organigramma.law.LawPage.LawDescription;
import it.cciaa.organigramma.law.LawPage.LinkedConcept;
import it.cciaa.organigramma.law.LawPage.OfficialPage;
import it.cciaa.organigramma.query.EditionRowSource;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.RowSource;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The law queries of {@code queries/law/}, one method per query, answering with records. */
@Component
public class LawQueries {
    private final NamedQueries library;
    private final RowSource select;

    @Autowired
    public LawQueries(NamedQueries library, KnowledgeStore store) {
        this(library, (RowSource) store);
    }

    private LawQueries(NamedQueries library, RowSource select) {
        this.library = library;
        this.select = select;
    }

    /** The same queries reading one edition graph ({@code ?__edition}): its citations and their counts. */
    public LawQueries in(String editionGraph) {
        return new LawQueries(library, EditionRowSource.reading(select, editionGraph));
    }

    /** The same queries over an in-memory dataset (tests, tools). */
    public static LawQueries over(Dataset dataset, NamedQueries library) {
        return new LawQueries(library, RowSource.over(dataset));
    }

    /** law/laws: every law of the catalogue with its number of citations, by short citation. */
    public List<LawSummary> laws() {
        return rows("law/laws", Map.of()).stream().map(row -> new LawSummary(row.get("law"),
                row.getOrDefault("notation", row.get("law")), row.get("title"), row.get("date"), row.get("localId"),
                row.get("partOf"), integer(row.get("citations")))).toList();
    }

    /** law/unresolved-references: the references that name no act. */
    public List<UnresolvedReference> unresolvedReferences() {
        return rows("law/unresolved-references", Map.of()).stream().map(row -> new UnresolvedReference(
                row.get("textAsWritten"), row.get("citedBy"), row.get("citedByNotation"), row.get("citedByLabel"),
                integer(row.get("sourceLine")), row.get("rawText"), row.get("sourceRecord"))).toList();
    }

    /** law/law: the act, or empty when it is not a law of the store. */
    public Optional<LawDescription> law(String law) {
        return rows("law/law", Map.of("law", iri(law))).stream().findFirst().map(row -> new LawDescription(law,
                row.getOrDefault("notation", law), row.get("title"), row.get("date"), row.get("localId"),
                row.get("documentType"), row.containsKey("partOf") ? new LawSummary(row.get("partOf"),
                        row.getOrDefault("partOfNotation", row.get("partOf")), row.get("partOfTitle"), null, null,
                        null, 0) : null));
    }

    /** law/official-pages: where to read the act. */
    public List<OfficialPage> officialPages(String law) {
        return rows("law/official-pages", Map.of("law", iri(law))).stream()
                .map(row -> new OfficialPage(row.get("page"), siteOf(row.get("page")))).toList();
    }

    /** law/parts: the act's articles described by the catalogue. */
    public List<LawSummary> parts(String law) {
        return rows("law/parts", Map.of("law", iri(law))).stream().map(row -> new LawSummary(row.get("part"),
                row.getOrDefault("notation", row.get("part")), row.get("title"), null, null, law, 0)).toList();
    }

    /** law/citing: every citation of the act in the editions. */
    public List<Citation> citing(String law) {
        return rows("law/citing", Map.of("law", iri(law))).stream().map(row -> new Citation(row.get("citedBy"),
                row.get("kind"), row.get("citedByNotation"), row.get("citedByLabel"), row.get("textAsWritten"),
                integer(row.get("sourceLine")), row.get("rawText"), row.get("sourceRecord"))).toList();
    }

    /** law/linked-concepts: the concepts that declare the act their legal resource. */
    public List<LinkedConcept> linkedConcepts(String law) {
        return rows("law/linked-concepts", Map.of("law", iri(law))).stream()
                .map(row -> new LinkedConcept(row.get("concept"), row.get("notation"), row.get("label"))).toList();
    }

    /** The text of a query of this feature with its parameters bound, for "see the SPARQL" links. */
    public String text(String name, Map<String, String> iriParameters) {
        Map<String, Node> parameters = new LinkedHashMap<>();
        iriParameters.forEach((parameter, value) -> parameters.put(parameter, iri(value)));
        NamedQuery query = query(name);
        return query.textWith(select.parametersFor(query, parameters));
    }

    /** "Normattiva", "EUR-Lex", or the host of any other site. */
    static String siteOf(String url) {
        String host;
        try {
            host = Optional.ofNullable(URI.create(url).getHost()).orElse(url);
        } catch (IllegalArgumentException notAUri) {
            return url;
        }
        if (host.endsWith("normattiva.it")) {
            return "Normattiva";
        }
        if (host.endsWith("eur-lex.europa.eu")) {
            return "EUR-Lex";
        }
        return host;
    }

    private List<Map<String, String>> rows(String name, Map<String, Node> parameters) {
        return Rows.of(select.select(query(name), parameters));
    }

    private NamedQuery query(String name) {
        return library.find(name).orElseThrow(() -> new IllegalStateException("no query " + name));
    }

    private static int integer(String value) {
        return value == null ? 0 : Integer.parseInt(value);
    }

    private static Node iri(String value) {
        return NodeFactory.createURI(value);
    }
}
