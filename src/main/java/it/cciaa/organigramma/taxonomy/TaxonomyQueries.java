package it.cciaa.organigramma.taxonomy;

import it.cciaa.organigramma.query.EditionRowSource;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.RowSource;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.taxonomy.ProcessPage.Competence;
import it.cciaa.organigramma.taxonomy.ProcessPage.Declaration;
import it.cciaa.organigramma.taxonomy.ProcessPage.Label;
import it.cciaa.organigramma.taxonomy.ProcessPage.LinkedLaw;
import it.cciaa.organigramma.taxonomy.ProcessPage.ProcessDescription;
import it.cciaa.organigramma.taxonomy.ProcessPage.Qualifier;
import it.cciaa.organigramma.taxonomy.ProcessPage.SourceLine;
import it.cciaa.organigramma.taxonomy.ProcessPage.UnitReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The process-map queries of {@code queries/taxonomy/}, one method per query, answering with records. */
@Component
public class TaxonomyQueries {
    private final NamedQueries library;
    private final RowSource select;

    @Autowired
    public TaxonomyQueries(NamedQueries library, KnowledgeStore store) {
        this(library, (RowSource) store);
    }

    private TaxonomyQueries(NamedQueries library, RowSource select) {
        this.library = library;
        this.select = select;
    }

    /** The same queries reading one edition graph ({@code ?__edition}): competences, declarations, source lines. */
    public TaxonomyQueries in(String editionGraph) {
        return new TaxonomyQueries(library, EditionRowSource.reading(select, editionGraph));
    }

    /** The same queries over an in-memory dataset (tests, tools). */
    public static TaxonomyQueries over(Dataset dataset, NamedQueries library) {
        return new TaxonomyQueries(library, RowSource.over(dataset));
    }

    /** taxonomy/revisions: the map revisions held, latest first. */
    public List<MapRevision> revisions() {
        return rows("taxonomy/revisions", Map.of()).stream()
                .map(row -> MapRevision.of(row.get("scheme"), row.get("title")))
                .toList();
    }

    /** taxonomy/functions: the institutional functions the themes of a revision fall under. */
    public List<InstitutionalFunction> functions(String scheme) {
        return rows("taxonomy/functions", Map.of("scheme", iri(scheme))).stream()
                .map(TaxonomyQueries::function)
                .toList();
    }

    /** taxonomy/tree: every concept of a revision with its counts, in code order. */
    public List<ProcessSummary> tree(String scheme) {
        return rows("taxonomy/tree", Map.of("scheme", iri(scheme))).stream().map(TaxonomyQueries::summary).toList();
    }

    /** taxonomy/concept: the concept, or empty when the store does not hold it. */
    public Optional<ProcessDescription> concept(String concept) {
        return rows("taxonomy/concept", Map.of("concept", iri(concept))).stream().findFirst().map(row ->
                new ProcessDescription(concept, row.get("notation"), row.get("label"), integer(row.get("level")),
                        row.get("levelName"), row.get("scheme"), row.get("schemeTitle"),
                        row.containsKey("function") ? new InstitutionalFunction(row.get("function"),
                                row.get("functionNotation"), row.get("functionLabel"),
                                row.getOrDefault("functionMapLabel", row.get("functionLabel")), null,
                                row.get("functionLegalBasis"), row.get("functionLegalBasisNotation")) : null));
    }

    /** taxonomy/broader-chain: the concept's broader processes, level 1 first. */
    public List<ProcessSummary> broaderChain(String concept) {
        return rows("taxonomy/broader-chain", Map.of("concept", iri(concept))).stream()
                .map(TaxonomyQueries::summary).toList();
    }

    /** taxonomy/narrower: the concept's children with their counts. */
    public List<ProcessSummary> narrower(String concept) {
        return rows("taxonomy/narrower", Map.of("concept", iri(concept))).stream()
                .map(row -> withBroader(summary(row), concept)).toList();
    }

    /** taxonomy/competences: the competences on the activities at or below the concept. */
    public List<Competence> competences(String concept) {
        return rows("taxonomy/competences", Map.of("concept", iri(concept))).stream().map(row -> new Competence(
                row.get("activity"), row.get("activityNotation"), row.get("activityLabel"), unit(row),
                qualifier(row), row.get("marker"), row.get("labelAsWritten"), row.get("editorialNote"),
                integer(row.get("sourceLine")), row.get("sourceRecord"))).toList();
    }

    /** taxonomy/declarations: the units that declare they preside over the concept. */
    public List<Declaration> declarations(String concept) {
        return rows("taxonomy/declarations", Map.of("concept", iri(concept))).stream().map(row -> new Declaration(
                unit(row), qualifier(row), integer(row.get("sourceLine")), row.get("sourceRecord"))).toList();
    }

    /** taxonomy/labels: every label the concept's code was given. */
    public List<Label> labels(String concept) {
        return rows("taxonomy/labels", Map.of("concept", iri(concept))).stream().map(row -> new Label(
                row.get("kind"), row.get("label"), row.containsKey("unit") ? unit(row) : null,
                row.containsKey("sourceLine") ? integer(row.get("sourceLine")) : null)).toList();
    }

    /** taxonomy/laws: the laws linked to the concept or to a broader process. */
    public List<LinkedLaw> laws(String concept) {
        return rows("taxonomy/laws", Map.of("concept", iri(concept))).stream().map(row -> new LinkedLaw(
                row.get("law"), row.getOrDefault("lawNotation", row.get("law")), row.get("title"), row.get("holder"),
                row.get("holderNotation"))).toList();
    }

    /** taxonomy/source-lines: the document lines that name the concept's code. */
    public List<SourceLine> sourceLines(String concept) {
        return rows("taxonomy/source-lines", Map.of("concept", iri(concept))).stream().map(row -> new SourceLine(
                integer(row.get("sourceLine")), row.get("rawText"), row.get("sourceRecord"),
                row.containsKey("unit") ? unit(row) : null)).toList();
    }

    /** The text of a query of this feature with its parameters bound, for "see the SPARQL" links. */
    public String text(String name, String parameter, String value) {
        NamedQuery query = query(name);
        return query.textWith(select.parametersFor(query, Map.of(parameter, iri(value))));
    }

    private List<Map<String, String>> rows(String name, Map<String, Node> parameters) {
        return Rows.of(select.select(query(name), parameters));
    }

    private NamedQuery query(String name) {
        return library.find(name).orElseThrow(() -> new IllegalStateException("no query " + name));
    }

    private static ProcessSummary summary(Map<String, String> row) {
        return new ProcessSummary(row.get("concept"), row.get("notation"), integer(row.get("level")),
                row.get("label"), row.get("broader"), row.get("function"), integer(row.get("activities")),
                integer(row.get("units")));
    }

    private static ProcessSummary withBroader(ProcessSummary child, String broader) {
        return new ProcessSummary(child.iri(), child.notation(), child.level(), child.label(), broader,
                child.function(), child.activities(), child.units());
    }

    private static InstitutionalFunction function(Map<String, String> row) {
        return new InstitutionalFunction(row.get("function"), row.get("notation"), row.get("label"),
                row.getOrDefault("mapLabel", row.get("label")), row.get("definition"), row.get("legalBasis"),
                row.get("legalBasisNotation"));
    }

    private static UnitReference unit(Map<String, String> row) {
        return new UnitReference(row.get("unit"), row.get("unitNotation"), row.get("unitName"));
    }

    private static Qualifier qualifier(Map<String, String> row) {
        return row.containsKey("qualifier") ? new Qualifier(row.get("qualifier"), row.get("qualifierLabel"),
                row.getOrDefault("qualifierShortLabel", row.get("qualifierLabel"))) : null;
    }

    private static int integer(String value) {
        return value == null ? 0 : Integer.parseInt(value);
    }

    private static Node iri(String value) {
        return NodeFactory.createURI(value);
    }
}
