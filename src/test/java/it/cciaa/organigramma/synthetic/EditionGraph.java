package it.cciaa.organigramma.synthetic;

import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.ingest.Qualifier;
import it.cciaa.organigramma.ingest.UnitKind;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.vocabulary.OKG;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** What a test reads from an imported edition's graph: its offices, their parents and their activities. */
record EditionGraph(Model edition, ChamberIris chamber) {
    static EditionGraph of(Imported imported) {
        return new EditionGraph(imported.dataset().getNamedModel(imported.editionGraph()), imported.chamber());
    }

    /** Every Ufficio, by code, with its preferred name. */
    Map<String, String> offices() {
        Map<String, String> offices = new TreeMap<>();
        Resource ufficio = edition.createResource(chamber.service().unitKind(UnitKind.UFFICIO.slug()));
        edition.listSubjectsWithProperty(ORG.classification, ufficio)
                .forEach(unit -> offices.put(unit.getProperty(SKOS.notation).getString(),
                        unit.getProperty(SKOS.prefLabel).getString()));
        return offices;
    }

    boolean hasOffice(String code) {
        return edition.contains(office(code), RDF.type);
    }

    /** The notation of the office's parent: "III" for 3.5. */
    String parentCode(String code) {
        return office(code).getPropertyResourceValue(ORG.subOrganizationOf).getProperty(SKOS.notation).getString();
    }

    /** The office's activities, by code, with the qualifier each is held with (empty: none). */
    Map<String, Optional<Qualifier>> activities(String code) {
        Map<String, Optional<Qualifier>> activities = new TreeMap<>();
        edition.listSubjectsWithProperty(OKG.unit, office(code)).filterKeep(s -> s.hasProperty(RDF.type, OKG.Competence))
                .forEach(competence -> activities.put(notation(competence.getPropertyResourceValue(OKG.activity)),
                        qualifier(competence)));
        return activities;
    }

    /** The text of every line the graph keeps as a source record. */
    List<String> rawTexts() {
        return edition.listObjectsOfProperty(OKG.rawText).mapWith(RDFNode::asLiteral).mapWith(l -> l.getString())
                .toList();
    }

    private Resource office(String code) {
        return edition.createResource(chamber.unit(SyntheticEdition.unitSlug(code)));
    }

    private String notation(Resource concept) {
        String iri = concept.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private Optional<Qualifier> qualifier(Resource competence) {
        Resource qualifier = competence.getPropertyResourceValue(OKG.qualifier);
        return qualifier == null ? Optional.empty() : Arrays.stream(Qualifier.values())
                .filter(q -> chamber.service().qualifier(q.slug()).equals(qualifier.getURI())).findFirst();
    }
}
