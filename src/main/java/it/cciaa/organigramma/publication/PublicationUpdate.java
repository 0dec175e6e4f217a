package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.iri.EditionIris;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.publication.EditionTarget.CatalogueEdition;
import it.cciaa.organigramma.store.BaseRewriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * A publication as one SPARQL 1.1 Update request, so that it is one transaction on a store that runs a request in
 * one (Fuseki, TDB2); for a store that does not (Virtuoso), the same publication in parts: the graphs written first,
 * none of them visible until the last part, one guarded operation on the catalogue, lists the edition. The request: the edition graph and
 * its report replaced, the process map, laws and vocabularies merged, the ontology and shapes refreshed, and the
 * catalogue entry with its validity ({@code dct:temporal}), its report ({@code dqv:hasQualityMetadata}), the
 * {@code dcat:previousVersion} links and the catalogue's {@code dct:modified}. Every operation is guarded by the
 * catalogue's {@code dct:modified} as read before validation: if another writer (another instance of the service
 * sharing the store) changed the store meanwhile, the request changes nothing, rather than writing a catalogue
 * computed from what is no longer there.
 */
public final class PublicationUpdate {
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DQV = "http://www.w3.org/ns/dqv#";
    private static final Node PREVIOUS_VERSION = NodeFactory.createURI(DCAT + "previousVersion");
    private static final Node START_DATE = NodeFactory.createURI(DCAT + "startDate");
    private static final Node END_DATE = NodeFactory.createURI(DCAT + "endDate");
    private static final Node QUALITY_METADATA = NodeFactory.createURI(DQV + "hasQualityMetadata");
    private static final Node QUALITY_METADATA_CLASS = NodeFactory.createURI(DQV + "QualityMetadata");
    private static final Node PERIOD_OF_TIME = DCTerms.PeriodOfTime.asNode();

    private final UpdateRequest request;
    private final Map<String, Graph> replaced;
    private final Map<String, Graph> merged;
    private final String edition;
    private final String catalogueGraph;
    private final List<String> newGraphs;
    private final Node catalogue;
    private final ElementGroup guard;
    private final List<Quad> superseded;
    private final List<Quad> entry;
    private final List<Node> observed;
    private final Instant now;

    private PublicationUpdate(UpdateRequest request, Map<String, Graph> replaced, Map<String, Graph> merged,
            String edition, String catalogueGraph, List<String> newGraphs, Node catalogue, ElementGroup guard,
            List<Quad> superseded, List<Quad> entry, List<Node> observed, Instant now) {
        this.catalogue = catalogue;
        this.guard = guard;
        this.superseded = superseded;
        this.entry = entry;
        this.observed = observed;
        this.now = now;
        this.edition = edition;
        this.catalogueGraph = catalogueGraph;
        this.newGraphs = newGraphs;
        this.request = request;
        this.replaced = replaced;
        this.merged = merged;
    }

    /** The edition's dataset IRI, as the catalogue lists it. */
    String edition() {
        return edition;
    }

    String catalogueGraph() {
        return catalogueGraph;
    }

    /** The graphs of this edition alone (its content and its report), which no reader sees before the catalogue. */
    List<String> newGraphs() {
        return newGraphs;
    }

    /** The whole publication as one request (for a store that runs a request in one transaction). */
    UpdateRequest request() {
        return request;
    }

    /**
     * The graphs the publication replaces: the new edition's graph and report (graphs no catalogue entry names yet)
     * and the ontology and shapes (the project's, the same for every edition of a release).
     */
    Map<String, Graph> replacedGraphs() {
        return replaced;
    }

    /** The graphs the publication adds to: the process map, laws and vocabularies every edition shares. */
    Map<String, Graph> mergedGraphs() {
        return merged;
    }


    static PublicationUpdate of(EditionCandidate candidate, Model report, Optional<CatalogueEdition> previous,
            Optional<CatalogueEdition> next, List<Node> observed, Instant now) {
        ServiceIris iris = candidate.service();
        String shapesGraph = iris.shapesGraph();
        Node catalogueGraph = iri(iris.catalogueGraph());
        Node catalogue = iri(iris.catalogue());
        Node edition = iri(candidate.edition());
        Node reportGraph = iri(candidate.reportGraph());

        BaseRewriter rewriter = new BaseRewriter(iris.base());
        Map<String, Graph> replaced = new LinkedHashMap<>();
        Map<String, Graph> merged = new LinkedHashMap<>();
        replaced.put(candidate.editionGraph(), candidate.dataset().getNamedModel(candidate.editionGraph()).getGraph());
        replaced.put(candidate.reportGraph(), report.getGraph());
        replaced.put(iris.ontologyGraph(),
                rewriter.rewrite(ProjectResources.turtle("ontology/organigramma.ttl")).getGraph());
        replaced.put(shapesGraph,
                rewriter.rewrite(ProjectResources.turtle(ProjectResources.list("shapes", "*.ttl"))).getGraph());
        for (Iterator<String> names = candidate.dataset().listNames(); names.hasNext(); ) {
            String name = names.next();
            if (!replaced.containsKey(name)) {
                merged.put(name, candidate.dataset().getNamedModel(name).getGraph());
            }
        }

        List<Quad> entry = new ArrayList<>();
        entry.add(Quad.create(catalogueGraph, edition, QUALITY_METADATA, reportGraph));
        entry.add(Quad.create(catalogueGraph, reportGraph, RDF.type.asNode(), QUALITY_METADATA_CLASS));
        entry.add(Quad.create(catalogueGraph, reportGraph, DCTerms.created.asNode(), dateTime(now)));
        candidate.editionDate().ifPresent(date -> {
            Node period = iri(candidate.iris().validity());
            entry.add(Quad.create(catalogueGraph, edition, DCTerms.temporal.asNode(), period));
            entry.add(Quad.create(catalogueGraph, period, RDF.type.asNode(), PERIOD_OF_TIME));
            entry.add(Quad.create(catalogueGraph, period, START_DATE, date(date.toString())));
            next.flatMap(CatalogueEdition::modified).ifPresent(end ->
                    entry.add(Quad.create(catalogueGraph, period, END_DATE, date(end))));
            previous.ifPresent(before -> entry.add(Quad.create(catalogueGraph,
                    iri(EditionIris.validityOf(before.edition())), END_DATE, date(date.toString()))));
        });
        previous.ifPresent(before -> entry.add(Quad.create(catalogueGraph, edition, PREVIOUS_VERSION,
                iri(before.edition()))));
        next.ifPresent(later -> entry.add(Quad.create(catalogueGraph, iri(later.edition()), PREVIOUS_VERSION,
                edition)));

        // What the catalogue loses: the next edition's link back, the previous validity's end, the modification time.
        List<Quad> superseded = new ArrayList<>();
        next.ifPresent(later -> superseded.add(Quad.create(catalogueGraph, iri(later.edition()), PREVIOUS_VERSION,
                Var.alloc("laterPrevious"))));
        previous.ifPresent(before -> superseded.add(Quad.create(catalogueGraph,
                iri(EditionIris.validityOf(before.edition())), END_DATE, Var.alloc("previousEnd"))));

        ElementGroup guard = guard(catalogueGraph, catalogue, observed);
        UpdateRequest request = new UpdateRequest();
        for (String graph : replaced.keySet()) {
            request.add(deleteWhere(guard, iri(graph), Var.alloc("s"), Var.alloc("p")));
        }
        for (Quad quad : superseded) {
            request.add(deleteWhere(guard, quad.getGraph(), quad.getSubject(), quad.getPredicate()));
        }
        UpdateModify insert = new UpdateModify();
        QuadAcc data = insert.getInsertAcc();
        replaced.forEach((name, graph) -> add(data, iri(name), graph));
        merged.forEach((name, graph) -> add(data, iri(name), graph));
        entry.forEach(data::addQuad);
        insert.setHasInsertClause(true);
        insert.setElement(guard);
        request.add(insert);
        // Last, as the guard reads it: the catalogue's modification time becomes this publication's.
        request.add(stamp(guard, catalogueGraph, catalogue, now));
        return new PublicationUpdate(request, Collections.unmodifiableMap(replaced),
                Collections.unmodifiableMap(merged), candidate.edition(), iris.catalogueGraph(),
                List.of(candidate.editionGraph(), candidate.reportGraph()), catalogue, guard, List.copyOf(superseded),
                List.copyOf(entry), List.copyOf(observed), now);
    }

    /** {@code DELETE { catalogue dct:modified ?modified } INSERT { … now } WHERE { guard OPTIONAL {…} }}. */
    private static UpdateModify stamp(ElementGroup guard, Node catalogueGraph, Node catalogue, Instant now) {
        UpdateModify stamp = new UpdateModify();
        Var modified = Var.alloc("modified");
        stamp.getDeleteAcc().addQuad(Quad.create(catalogueGraph, catalogue, DCTerms.modified.asNode(), modified));
        stamp.getInsertAcc().addQuad(Quad.create(catalogueGraph, catalogue, DCTerms.modified.asNode(),
                dateTime(now)));
        stamp.setHasDeleteClause(true);
        stamp.setHasInsertClause(true);
        ElementGroup where = new ElementGroup();
        where.addElement(guard);
        where.addElement(new ElementOptional(graphPattern(catalogueGraph, catalogue, DCTerms.modified.asNode(),
                modified)));
        stamp.setElement(where);
        return stamp;
    }

    /**
     * The catalogue's change alone, as one operation guarded like the request: the edition's entry, its validity and
     * links, and the new modification time. Until it runs no reader sees the edition, since every view finds
     * editions through the catalogue. What it deletes is given as values, read by {@code current} (a superseded
     * triple's objects as the store holds them now): the guard makes sure they are still those when it runs. No
     * OPTIONAL feeds its DELETE template, since Virtuoso drops a whole solution, insertions included, where a
     * variable of that template is unbound.
     */
    UpdateRequest catalogueOperation(Function<Quad, List<Node>> current) {
        UpdateModify change = new UpdateModify();
        for (Quad pattern : superseded) {
            for (Node value : current.apply(pattern)) {
                change.getDeleteAcc().addQuad(Quad.create(pattern.getGraph(), pattern.getSubject(),
                        pattern.getPredicate(), value));
            }
        }
        observed.forEach(value -> change.getDeleteAcc().addQuad(Quad.create(iri(catalogueGraph), catalogue,
                DCTerms.modified.asNode(), value)));
        entry.forEach(change.getInsertAcc()::addQuad);
        change.getInsertAcc().addQuad(Quad.create(iri(catalogueGraph), catalogue, DCTerms.modified.asNode(),
                dateTime(now)));
        change.setHasDeleteClause(!change.getDeleteAcc().getQuads().isEmpty());
        change.setHasInsertClause(true);
        ElementGroup where = new ElementGroup();
        // The guard's own elements, not a group of them: Virtuoso finds no solution for a group holding only a
        // FILTER NOT EXISTS (the empty store's guard) followed by other patterns.
        guard.getElements().forEach(where::addElement);
        change.setElement(where);
        return new UpdateRequest(change);
    }

    /**
     * What every operation of the request requires: the catalogue's {@code dct:modified} as the publication read it
     * before validating (or none, in an empty store). Another write in between changed it, and then the whole request
     * does nothing: the publisher sees it and says so.
     */
    private static ElementGroup guard(Node catalogueGraph, Node catalogue, List<Node> observed) {
        ElementGroup guard = new ElementGroup(); // a group, so that it is a WHERE clause of its own too
        if (observed.isEmpty()) {
            ElementGroup absent = new ElementGroup();
            absent.addElement(graphPattern(catalogueGraph, catalogue, DCTerms.modified.asNode(),
                    Var.alloc("anyModified")));
            guard.addElement(new ElementFilter(new E_NotExists(absent)));
        } else {
            guard.addElement(graphPattern(catalogueGraph, catalogue, DCTerms.modified.asNode(), observed.getFirst()));
        }
        return guard;
    }

    private static Element graphPattern(Node graph, Node subject, Node predicate, Node object) {
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(subject, predicate, object));
        return new ElementNamedGraph(graph, block);
    }

    /** {@code DELETE { GRAPH g { s p ?o } } WHERE { guard GRAPH g { s p ?o } }}. */
    private static UpdateModify deleteWhere(Element guard, Node graph, Node subject, Node predicate) {
        Var object = Var.alloc("o");
        UpdateModify delete = new UpdateModify();
        delete.getDeleteAcc().addQuad(Quad.create(graph, subject, predicate, object));
        delete.setHasDeleteClause(true);
        ElementGroup where = new ElementGroup();
        where.addElement(guard);
        where.addElement(graphPattern(graph, subject, predicate, object));
        delete.setElement(where);
        return delete;
    }

    private static void add(QuadAcc data, Node graph, Graph content) {
        for (Iterator<Triple> triples = content.find(); triples.hasNext(); ) {
            data.addQuad(Quad.create(graph, triples.next()));
        }
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node date(String day) {
        return NodeFactory.createLiteralDT(LocalDate.parse(day).toString(), XSDDatatype.XSDdate);
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
