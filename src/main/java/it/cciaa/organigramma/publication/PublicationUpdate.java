package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.iri.EditionIris;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.publication.EditionTarget.CatalogueEdition;
import it.cciaa.organigramma.store.BaseRewriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
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
 * A publication as one SPARQL 1.1 Update request, so that it is one transaction on any store: the edition graph and
 * its report replaced, the process map, laws and vocabularies merged, the ontology and shapes refreshed, and the
 * catalogue entry with its validity ({@code dct:temporal}), its report ({@code dqv:hasQualityMetadata}), the
 * {@code dcat:previousVersion} links and the catalogue's {@code dct:modified}. Every operation is guarded by the
 * catalogue's {@code dct:modified} as read before validation: if another writer (another instance of the service
 * sharing the store) changed the store meanwhile, the request changes nothing, rather than writing a catalogue
 * computed from what is no longer there.
 */
final class PublicationUpdate {
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DQV = "http://www.w3.org/ns/dqv#";
    private static final Node PREVIOUS_VERSION = NodeFactory.createURI(DCAT + "previousVersion");
    private static final Node START_DATE = NodeFactory.createURI(DCAT + "startDate");
    private static final Node END_DATE = NodeFactory.createURI(DCAT + "endDate");
    private static final Node QUALITY_METADATA = NodeFactory.createURI(DQV + "hasQualityMetadata");
    private static final Node QUALITY_METADATA_CLASS = NodeFactory.createURI(DQV + "QualityMetadata");
    private static final Node PERIOD_OF_TIME = DCTerms.PeriodOfTime.asNode();

    private PublicationUpdate() {}

    static UpdateRequest of(EditionCandidate candidate, Model report, Optional<CatalogueEdition> previous,
            Optional<CatalogueEdition> next, List<Node> observed, Instant now) {
        ServiceIris iris = candidate.service();
        String shapesGraph = iris.shapesGraph();
        Node catalogueGraph = iri(iris.catalogueGraph());
        Node catalogue = iri(iris.catalogue());
        Node edition = iri(candidate.edition());
        Node reportGraph = iri(candidate.reportGraph());

        Element guard = guard(catalogueGraph, catalogue, observed);
        UpdateRequest request = new UpdateRequest();
        for (String graph : List.of(candidate.editionGraph(), candidate.reportGraph(), iris.ontologyGraph(),
                shapesGraph)) {
            request.add(deleteWhere(guard, iri(graph), Var.alloc("s"), Var.alloc("p")));
        }
        next.ifPresent(later -> request.add(deleteWhere(guard, catalogueGraph, iri(later.edition()),
                PREVIOUS_VERSION)));
        previous.ifPresent(before -> request.add(deleteWhere(guard, catalogueGraph,
                iri(EditionIris.validityOf(before.edition())), END_DATE)));

        UpdateModify insert = new UpdateModify();
        QuadAcc data = insert.getInsertAcc();
        for (Iterator<String> names = candidate.dataset().listNames(); names.hasNext(); ) {
            String name = names.next();
            add(data, iri(name), candidate.dataset().getNamedModel(name).getGraph());
        }
        BaseRewriter rewriter = new BaseRewriter(iris.base());
        add(data, iri(iris.ontologyGraph()),
                rewriter.rewrite(ProjectResources.turtle("ontology/organigramma.ttl")).getGraph());
        add(data, iri(shapesGraph),
                rewriter.rewrite(ProjectResources.turtle(ProjectResources.list("shapes", "*.ttl"))).getGraph());
        add(data, reportGraph, report.getGraph());

        data.addQuad(Quad.create(catalogueGraph, edition, QUALITY_METADATA, reportGraph));
        data.addQuad(Quad.create(catalogueGraph, reportGraph, RDF.type.asNode(), QUALITY_METADATA_CLASS));
        data.addQuad(Quad.create(catalogueGraph, reportGraph, DCTerms.created.asNode(), dateTime(now)));
        candidate.editionDate().ifPresent(date -> {
            Node period = iri(candidate.iris().validity());
            data.addQuad(Quad.create(catalogueGraph, edition, DCTerms.temporal.asNode(), period));
            data.addQuad(Quad.create(catalogueGraph, period, RDF.type.asNode(), PERIOD_OF_TIME));
            data.addQuad(Quad.create(catalogueGraph, period, START_DATE, date(date.toString())));
            next.flatMap(CatalogueEdition::modified).ifPresent(end ->
                    data.addQuad(Quad.create(catalogueGraph, period, END_DATE, date(end))));
            previous.ifPresent(before -> data.addQuad(Quad.create(catalogueGraph,
                    iri(EditionIris.validityOf(before.edition())), END_DATE, date(date.toString()))));
        });
        previous.ifPresent(before -> data.addQuad(Quad.create(catalogueGraph, edition, PREVIOUS_VERSION,
                iri(before.edition()))));
        next.ifPresent(later -> data.addQuad(Quad.create(catalogueGraph, iri(later.edition()), PREVIOUS_VERSION,
                edition)));
        insert.setHasInsertClause(true);
        insert.setElement(guard);
        request.add(insert);

        // Last, as the guard reads it: the catalogue's modification time becomes this publication's.
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
        request.add(stamp);
        return request;
    }

    /**
     * What every operation of the request requires: the catalogue's {@code dct:modified} as the publication read it
     * before validating (or none, in an empty store). Another write in between changed it, and then the whole request
     * does nothing: the publisher sees it and says so.
     */
    private static Element guard(Node catalogueGraph, Node catalogue, List<Node> observed) {
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
