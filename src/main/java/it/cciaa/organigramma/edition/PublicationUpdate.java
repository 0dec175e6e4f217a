package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.edition.EditionTarget.CatalogueEdition;
import it.cciaa.organigramma.ingest.Iris;
import it.cciaa.organigramma.store.BaseRewriter;
import it.cciaa.organigramma.store.ProjectResources;
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
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * A publication as one SPARQL 1.1 Update request, so that it is one transaction on any store: the edition graph and
 * its report replaced, the process map, laws and vocabularies merged, the ontology and shapes refreshed, and the
 * catalogue entry with its validity ({@code dct:temporal}), its report ({@code dqv:hasQualityMetadata}), the
 * {@code dcat:previousVersion} links and the catalogue's {@code dct:modified}.
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

    /** The period of validity of an edition: {@code <edition>/validita}. */
    static String validity(String edition) {
        return edition + "/validita";
    }

    static UpdateRequest of(EditionCandidate candidate, Model report, Optional<CatalogueEdition> previous,
            Optional<CatalogueEdition> next, Instant now) {
        Iris iris = candidate.iris();
        String shapesGraph = iris.base() + "/graph/shapes";
        Node catalogueGraph = iri(iris.catalogueGraph());
        Node catalogue = iri(iris.catalogue());
        Node edition = iri(candidate.edition());
        Node reportGraph = iri(candidate.reportGraph());

        UpdateRequest request = new UpdateRequest();
        for (String graph : List.of(candidate.editionGraph(), candidate.reportGraph(), iris.ontologyGraph(),
                shapesGraph)) {
            request.add(new UpdateDrop(Target.create(iri(graph)), true));
        }
        request.add(deleteWhere(catalogueGraph, catalogue, DCTerms.modified.asNode()));
        next.ifPresent(later -> request.add(deleteWhere(catalogueGraph, iri(later.edition()), PREVIOUS_VERSION)));
        previous.ifPresent(before -> request.add(deleteWhere(catalogueGraph, iri(validity(before.edition())),
                END_DATE)));

        QuadDataAcc data = new QuadDataAcc();
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

        data.addQuad(Quad.create(catalogueGraph, catalogue, DCTerms.modified.asNode(), dateTime(now)));
        data.addQuad(Quad.create(catalogueGraph, edition, QUALITY_METADATA, reportGraph));
        data.addQuad(Quad.create(catalogueGraph, reportGraph, RDF.type.asNode(), QUALITY_METADATA_CLASS));
        data.addQuad(Quad.create(catalogueGraph, reportGraph, DCTerms.created.asNode(), dateTime(now)));
        candidate.editionDate().ifPresent(date -> {
            Node period = iri(validity(candidate.edition()));
            data.addQuad(Quad.create(catalogueGraph, edition, DCTerms.temporal.asNode(), period));
            data.addQuad(Quad.create(catalogueGraph, period, RDF.type.asNode(), PERIOD_OF_TIME));
            data.addQuad(Quad.create(catalogueGraph, period, START_DATE, date(date.toString())));
            next.flatMap(CatalogueEdition::modified).ifPresent(end ->
                    data.addQuad(Quad.create(catalogueGraph, period, END_DATE, date(end))));
            previous.ifPresent(before -> data.addQuad(Quad.create(catalogueGraph, iri(validity(before.edition())),
                    END_DATE, date(date.toString()))));
        });
        previous.ifPresent(before -> data.addQuad(Quad.create(catalogueGraph, edition, PREVIOUS_VERSION,
                iri(before.edition()))));
        next.ifPresent(later -> data.addQuad(Quad.create(catalogueGraph, iri(later.edition()), PREVIOUS_VERSION,
                edition)));
        request.add(new UpdateDataInsert(data));
        return request;
    }

    private static UpdateDeleteWhere deleteWhere(Node graph, Node subject, Node predicate) {
        QuadAcc pattern = new QuadAcc();
        pattern.addQuad(Quad.create(graph, subject, predicate, Var.alloc("value")));
        return new UpdateDeleteWhere(pattern);
    }

    private static void add(QuadDataAcc data, Node graph, Graph content) {
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
