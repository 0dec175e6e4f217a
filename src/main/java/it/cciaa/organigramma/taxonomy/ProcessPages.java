package it.cciaa.organigramma.taxonomy;

import it.cciaa.organigramma.ingest.ProcessCode;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.taxonomy.ProcessPage.Competence;
import it.cciaa.organigramma.taxonomy.ProcessPage.CompetentUnit;
import it.cciaa.organigramma.taxonomy.ProcessPage.Label;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The process map's pages as data: the tree of a revision and the page of one concept, from the taxonomy queries.
 * Requests it cannot answer fail with a {@link ResponseStatusException}: 400 for a malformed code, level or theme,
 * 404 for a revision or code the store does not hold; the message says which, in Italian.
 */
@Component
public class ProcessPages {
    private static final Pattern REVISION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern THEME = Pattern.compile("[A-F][1-9]");

    private final TaxonomyQueries queries;
    private final ServiceIris iris;

    @Autowired
    public ProcessPages(TaxonomyQueries queries, KgProperties properties) {
        this(queries, properties.iris());
    }

    public ProcessPages(TaxonomyQueries queries, ServiceIris iris) {
        this.queries = queries;
        this.iris = iris;
    }

    /** The same pages with the competences, declarations and source lines of one edition graph. */
    public ProcessPages in(String editionGraph) {
        return new ProcessPages(queries.in(editionGraph), iris);
    }

    /** The revision asked for, or the latest one held when {@code revision} is null. */
    public MapRevision revision(String revision) {
        List<MapRevision> held = queries.revisions();
        if (revision == null) {
            return held.stream().findFirst()
                    .orElseThrow(() -> notFound("Il sistema non contiene alcuna mappa dei processi."));
        }
        return held.stream().filter(r -> r.revision().equals(revision)).findFirst()
                .orElseThrow(() -> notFound("Nessuna mappa dei processi con revisione «" + revision + "»."));
    }

    /** The tree of a revision down to {@code level} ("1"–"4", null: 4), all themes or the one coded {@code theme}. */
    public ProcessTree tree(MapRevision revision, String level, String theme) {
        int depth = ProcessTree.LEVELS;
        if (level != null) {
            if (!level.matches("[1-4]")) {
                throw badRequest("Livello non valido: «" + level + "». Indicare un numero da 1 a 4.");
            }
            depth = Integer.parseInt(level);
        }
        if (theme != null && !THEME.matcher(theme).matches()) {
            throw badRequest("Tema non valido: «" + theme + "». Un tema è una lettera da A a F e una cifra, "
                    + "es. C1.");
        }
        ProcessTree tree = ProcessTree.of(revision, queries.functions(revision.scheme()),
                queries.tree(revision.scheme()), depth, theme);
        if (theme != null && tree.isEmpty()) {
            throw notFound("La mappa dei processi " + revision.revision() + " non ha il tema " + theme + ".");
        }
        return tree;
    }

    /** The IRI of the concept coded {@code notation} in {@code revision}, once both are checked. */
    public String conceptIri(String revision, String notation) {
        if (!ProcessCode.isCanonical(notation)) {
            throw badRequest("Codice di processo non valido: «" + notation + "». Un codice è una lettera da A a F "
                    + "seguita da una cifra da 1 a 9 e da fino a tre parti numeriche separate da punti, es. C1.1.1.1.");
        }
        if (!REVISION.matcher(revision).matches()) {
            throw notFound("Nessuna mappa dei processi con revisione «" + revision + "».");
        }
        return iris.processMap(revision).concept(notation);
    }

    /** The page of a concept of the map. */
    public ProcessPage page(String revision, String notation) {
        String iri = conceptIri(revision, notation);
        ProcessPage.ProcessDescription process = queries.concept(iri).orElseThrow(() -> notFound(
                "La mappa dei processi " + revision + " non contiene il codice " + notation + "."));
        List<Competence> competences = queries.competences(iri);
        List<Label> labels = queries.labels(iri);
        return new ProcessPage(process, queries.broaderChain(iri), queries.narrower(iri), competences,
                byUnit(competences), process.level() <= 2 ? queries.declarations(iri) : List.of(), labels,
                hasVariants(labels), queries.laws(iri), queries.sourceLines(iri));
    }

    /** Whether the labels differ in more than spacing and case. */
    static boolean hasVariants(List<Label> labels) {
        return labels.stream().map(l -> l.label().strip().replaceAll("\\s+", " ").toLowerCase()).distinct().count() > 1;
    }

    private static List<CompetentUnit> byUnit(List<Competence> competences) {
        Map<String, List<Competence>> byUnit = new LinkedHashMap<>();
        competences.stream()
                .sorted(Comparator.comparing((Competence c) -> c.unit().notation(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(c -> c.unit().name()))
                .forEach(c -> byUnit.computeIfAbsent(c.unit().iri(), key -> new ArrayList<>()).add(c));
        return byUnit.values().stream().map(list -> new CompetentUnit(list.getFirst().unit(), list)).toList();
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }

    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
