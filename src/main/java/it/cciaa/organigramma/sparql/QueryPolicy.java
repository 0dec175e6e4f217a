package it.cciaa.organigramma.sparql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.springframework.http.HttpStatus;

/**
 * What the public endpoint lets through to the store, checked on the parsed query before anything runs:
 * <ul>
 *   <li>SPARQL 1.1 Query, parsed strictly: the store may be any SPARQL 1.1 store, so ARQ's extensions would work
 *       only sometimes, and the smaller language is the smaller surface; no SPARQL Update;</li>
 *   <li>no {@code SERVICE}, at any depth (422): the store must never call out;</li>
 *   <li>no function called by IRI but the XSD casts, no property function (400, {@link ExtensionFunctions});</li>
 *   <li>{@code FROM}, {@code FROM NAMED}, {@code default-graph-uri}, {@code named-graph-uri} only with graphs of the
 *       store (422): nothing is fetched from elsewhere;</li>
 *   <li>{@code LIMIT} lowered to {@code maxRows + 1}, so that an answer over the cap is seen to be cut.</li>
 * </ul>
 * A text that passed is kept parsed ({@value #PARSED_CHARACTERS} characters of texts at most), so that a query asked
 * again (a library query, a page's example, a client polling) is not parsed and checked again.
 */
public final class QueryPolicy {
    /** The longest query text accepted, in characters. */
    public static final int MAX_QUERY_LENGTH = 100_000;

    /**
     * The deepest nesting accepted (groups, expressions, path steps): far beyond a written query, far below the ~1,000
     * levels at which Jena overflowed a thread's stack writing, parsing or running one (here or in the store).
     */
    static final int MAX_NESTING = 200;

    /** The most characters of query texts kept parsed. */
    static final long PARSED_CHARACTERS = 4_000_000;

    /** How many of the parser's "was expecting one of" alternatives the message keeps. */
    private static final int EXPECTED_SHOWN = 8;
    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    private final String baseIri;
    private final int maxRows;
    /** Texts that passed, parsed and checked; shared, so never changed (a query to change is cloned first). */
    private final Cache<String, Query> admittedTexts = Caffeine.newBuilder().maximumWeight(PARSED_CHARACTERS)
            .weigher((String text, Query query) -> text.length()).build();

    /**
     * @param baseIri relative IRIs in a query resolve against it
     * @param maxRows most rows (CONSTRUCT: solutions and triples) an answer carries
     */
    public QueryPolicy(String baseIri, int maxRows) {
        this.baseIri = baseIri.endsWith("/") ? baseIri : baseIri + "/";
        this.maxRows = maxRows;
    }

    /**
     * Parses and checks a query; throws {@link SparqlRequestException} (400, 413, 422) when it is refused.
     *
     * @param defaultGraphs the protocol's {@code default-graph-uri} values (they replace the query's FROM when any
     *     protocol graph is given)
     * @param namedGraphs the protocol's {@code named-graph-uri} values
     * @param isStoreGraph whether an IRI names a graph of the store
     */
    public AdmittedQuery admit(String text, List<String> defaultGraphs, List<String> namedGraphs,
            Predicate<String> isStoreGraph) {
        Query query = checked(text);
        if (!defaultGraphs.isEmpty() || !namedGraphs.isEmpty()) {
            query = query.cloneQuery();
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
            defaultGraphs.forEach(query::addGraphURI);
            namedGraphs.forEach(query::addNamedGraphURI);
        }
        requireStoreGraphs(query.getGraphURIs(), "FROM / default-graph-uri", isStoreGraph);
        requireStoreGraphs(query.getNamedGraphURIs(), "FROM NAMED / named-graph-uri", isStoreGraph);
        return new AdmittedQuery(query, storeQuery(query));
    }

    /** The longest answer, in rows. */
    public int maxRows() {
        return maxRows;
    }

    /** The text parsed and checked in every way that depends on the text alone: kept, or done now. */
    private Query checked(String text) {
        Query kept = text == null ? null : admittedTexts.getIfPresent(text);
        if (kept != null) {
            return kept;
        }
        Query query = parse(text);
        ExtensionFunctions.refuseOutsideAllowList(query);
        if (ServiceClauses.occurIn(query)) {
            throw new SparqlRequestException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "SERVICE non è ammesso: l'endpoint pubblico non interroga altri servizi. / "
                            + "SERVICE is not allowed: the public endpoint does not query other services.");
        }
        query.getResultVars(); // sets them now: a query read by several threads must not be changed by reading it
        admittedTexts.put(text, query);
        return query;
    }

    private Query parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SparqlRequestException(HttpStatus.BAD_REQUEST,
                    "Manca la query: usare il parametro query= / no query: use the query= parameter.");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new SparqlRequestException(HttpStatus.CONTENT_TOO_LARGE, "Query troppo lunga / query too long: "
                    + text.length() + " caratteri / characters, al massimo / at most " + MAX_QUERY_LENGTH + ".");
        }
        try {
            Query query = QueryFactory.create(text, baseIri, Syntax.syntaxSPARQL_11);
            // Its IRIs are resolved now; without a base it is written with absolute IRIs, as the store must read it.
            query.setBaseURI((String) null);
            if (NestingDepth.exceeds(query, MAX_NESTING)) { // Jena recurses over it here and in the store
                throw tooDeep();
            }
            return query;
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError) { // the parser's own recursion, wrapped by Jena
                throw tooDeep();
            }
            if (isUpdate(text)) {
                throw readOnly();
            }
            throw new SparqlRequestException(HttpStatus.BAD_REQUEST, parseErrorMessage(e));
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    private static SparqlRequestException tooDeep() {
        return new SparqlRequestException(HttpStatus.BAD_REQUEST, "Query annidata troppo in profondità: al massimo "
                + MAX_NESTING + " livelli di gruppi, espressioni o passi di percorso; semplificarla (VALUES, IN). / "
                + "Query too deeply nested: at most " + MAX_NESTING + " levels of groups, expressions or path steps; "
                + "simplify it (VALUES, IN).");
    }

    /** The answer to any SPARQL Update sent to the public endpoint. */
    static SparqlRequestException readOnly() {
        return new SparqlRequestException(HttpStatus.BAD_REQUEST,
                "SPARQL Update non è ammesso sull'endpoint pubblico, che è di sola lettura. / "
                        + "Updates are not allowed on the public endpoint: it is read-only.");
    }

    private boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text, baseIri, Syntax.syntaxSPARQL_11);
            return true;
        } catch (RuntimeException | StackOverflowError notAnUpdate) {
            return false;
        }
    }

    /** The parser's message with its line and column up front, in the two languages of the service. */
    static String parseErrorMessage(QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        List<String> lines = message.lines().toList();
        if (lines.size() > EXPECTED_SHOWN + 2) {
            message = String.join("\n", lines.subList(0, EXPECTED_SHOWN + 2)) + "\n    …";
        }
        Matcher position = POSITION.matcher(message);
        String where = position.find()
                ? "riga " + position.group(1) + ", colonna " + position.group(2) + " / line " + position.group(1)
                        + ", column " + position.group(2)
                : e.getLine() > 0
                        ? "riga " + e.getLine() + ", colonna " + e.getColumn() + " / line " + e.getLine() + ", column "
                                + e.getColumn()
                        : "posizione ignota / unknown position";
        return "Errore di sintassi SPARQL 1.1 / SPARQL 1.1 syntax error (" + where + "):\n" + message;
    }

    private static void requireStoreGraphs(List<String> graphs, String clause, Predicate<String> isStoreGraph) {
        for (String graph : graphs) {
            if (!isStoreGraph.test(graph)) {
                throw new SparqlRequestException(HttpStatus.UNPROCESSABLE_CONTENT, clause + " <" + graph
                        + ">: non è un grafo di questo archivio; l'endpoint non legge dati da altrove. / "
                        + "not a graph of this store; the endpoint reads no data from elsewhere.");
            }
        }
    }

    private Query storeQuery(Query query) {
        Query sent = query.cloneQuery();
        if (query.isConstructType()) {
            // Jena refuses a CONSTRUCT that groups (it is read as SELECT *), so SELECT * is always its pattern's form.
            sent.setQuerySelectType();
            sent.setQueryResultStar(true);
        }
        if (!query.isAskType()) {
            long cap = maxRows + 1L;
            sent.setLimit(query.hasLimit() ? Math.min(query.getLimit(), cap) : cap);
        }
        return sent;
    }
}
