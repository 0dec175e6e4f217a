package it.cciaa.organigramma.iri;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IRIs the service mints on its base, all in one place (the table is in {@code docs/model.md}): the catalogue,
 * the controlled vocabularies, laws, the graphs every chamber shares, the service's own description and dumps. A
 * chamber's IRIs come from {@link #chamber(String)}, a process-map revision's from {@link #processMap(String)}; no
 * other class puts an IRI of ours together, so a new base or a new chamber is one place to think about.
 *
 * <pre>{@code
 * ServiceIris service = new ServiceIris("https://w3id.org/organigramma-kg");
 * service.chamber("cciaa-di-foggia").editionGraph("2025-01-01");
 * // https://w3id.org/organigramma-kg/graph/organigramma/cciaa-di-foggia/2025-01-01
 * }</pre>
 *
 * @param base the base IRI, without a final slash (one is dropped)
 */
public record ServiceIris(String base) {
    /** The default persistent base of the project's IRIs. */
    public static final String DEFAULT_BASE = "https://w3id.org/organigramma-kg";
    /** The namespace of the shapes: persistent, the same on every base, as the ontology's. */
    public static final String SHAPES_NAMESPACE = DEFAULT_BASE + "/shapes/";

    static final String GRAPHS = "/graph/";
    private static final String VOCABULARIES = "/controlled-vocabulary/";
    private static final Pattern EDITION_GRAPH = Pattern.compile(
            GRAPHS + "organigramma/([a-z0-9-]+)/([A-Za-z0-9-]+)");
    private static final Pattern MAP_GRAPH = Pattern.compile(GRAPHS + "mappa-processi/([A-Za-z0-9._-]+)");

    public ServiceIris {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The authority on the default base. */
    public static ServiceIris onDefaultBase() {
        return new ServiceIris(DEFAULT_BASE);
    }

    /** The IRIs of one chamber, named by its slug ({@code cciaa-di-foggia}). */
    public ChamberIris chamber(String slug) {
        return new ChamberIris(this, slug);
    }

    /** The IRIs of one revision of the Unioncamere process map ({@code 2024}). */
    public ProcessMapIris processMap(String revision) {
        return new ProcessMapIris(this, revision);
    }

    /** What every IRI of ours starts with: the base and a slash (VoID's {@code uriSpace}, the base of relative IRIs). */
    public String uriSpace() {
        return base + "/";
    }

    // ---- The catalogue ----

    public String catalogue() {
        return base + "/data/catalogo";
    }

    public String catalogueGraph() {
        return base + GRAPHS + "catalogo";
    }

    /** The dataset of the whole graph, every edition of every chamber (the whole-store dumps are its distributions). */
    public String wholeDataset() {
        return base + "/data/dataset/organigramma-kg";
    }

    /** A distribution of a dataset of the catalogue (an edition, the whole graph): {@code …/distribuzione/{name}}. */
    public static String distribution(String dataset, String name) {
        return dataset + "/distribuzione/" + name;
    }

    // ---- Controlled vocabularies ----

    /** An institutional function of the chambers ({@code A} … {@code F}). */
    public String function(String letter) {
        return base + VOCABULARIES + "funzioni-istituzionali/" + letter;
    }

    /** A qualifier of a declaration or competence, by its slug. */
    public String qualifier(String slug) {
        return base + VOCABULARIES + "modalita-presidio/" + slug;
    }

    /** A kind of organisational unit, by its slug. */
    public String unitKind(String slug) {
        return base + VOCABULARIES + "tipologia-unita-organizzativa/" + slug;
    }

    /** A kind of anomaly of a source document, by its slug. */
    public String anomalyKind(String slug) {
        return base + VOCABULARIES + "anomalie-sorgente/" + slug;
    }

    public String vocabularyGraph() {
        return base + GRAPHS + "vocabolari";
    }

    // ---- Laws, ontology, shapes ----

    /** A law the law catalogue lacks, named by the slug of its short form. */
    public String mintedLaw(String slug) {
        return base + "/data/norma/" + slug;
    }

    public String lawGraph() {
        return base + GRAPHS + "norme";
    }

    public String ontologyGraph() {
        return base + GRAPHS + "ontologia";
    }

    public String shapesGraph() {
        return base + GRAPHS + "shapes";
    }

    // ---- The service's description ----

    public String sparqlEndpoint() {
        return base + "/sparql";
    }

    /** A dump file, by its path under {@code /dump/} ({@code organigramma-kg.trig}, {@code {ente}/…}). */
    public String dump(String path) {
        return base + "/dump/" + path;
    }

    /** The service's dataset in its VoID description. */
    public String voidDataset() {
        return base + "/void#organigramma-kg";
    }

    /** The VoID subset of one named graph: the graph's path after {@code /graph/}, slashes turned to hyphens. */
    public String voidSubset(String graph) {
        return base + "/void#" + graph.substring(graph.indexOf(GRAPHS) + GRAPHS.length()).replace('/', '-');
    }

    // ---- Recognising graph names ----

    /** Whether the IRI names a graph of ours ({@code {base}/graph/…}). */
    public boolean isGraph(String iri) {
        return iri.startsWith(base + GRAPHS);
    }

    /** Whether the IRI is one of the graphs every chamber shares: laws, vocabularies, catalogue. */
    public boolean isSharedGraph(String iri) {
        return List.of(lawGraph(), vocabularyGraph(), catalogueGraph()).contains(iri);
    }

    /** The chamber and edition key an edition graph's IRI names ({@code {base}/graph/organigramma/{ente}/{key}}). */
    public Optional<EditionIris> editionOfGraph(String iri) {
        if (!isGraph(iri)) {
            return Optional.empty();
        }
        Matcher edition = EDITION_GRAPH.matcher(iri.substring(base.length()));
        return edition.matches() ? Optional.of(chamber(edition.group(1)).inEdition(edition.group(2)))
                : Optional.empty();
    }

    /** The process-map revision a map graph's IRI names ({@code {base}/graph/mappa-processi/{revision}}). */
    public Optional<ProcessMapIris> processMapOfGraph(String iri) {
        if (!isGraph(iri)) {
            return Optional.empty();
        }
        Matcher map = MAP_GRAPH.matcher(iri.substring(base.length()));
        return map.matches() ? Optional.of(processMap(map.group(1))) : Optional.empty();
    }
}
