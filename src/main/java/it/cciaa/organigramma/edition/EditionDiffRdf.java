package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.edition.EditionDiff.ConceptEntry;
import it.cciaa.organigramma.edition.EditionDiff.LabelChange;
import it.cciaa.organigramma.edition.EditionDiff.Requalification;
import it.cciaa.organigramma.edition.EditionDiff.UnitEntry;
import it.cciaa.organigramma.edition.EditionDiff.UnitMove;
import it.cciaa.organigramma.edition.EditionDiff.UnitRenaming;
import it.cciaa.organigramma.vocabulary.OKG;
import it.cciaa.organigramma.vocabulary.Prefixes;
import it.cciaa.organigramma.vocabulary.Vocabularies;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * An {@link EditionDiff} as RDF (docs/model.md, "Differences between editions"): an {@code okg:EditionDiff} from
 * {@code okg:oldEdition} to {@code okg:newEdition} with one change per entry ({@code dct:hasPart}). A change of a
 * unit is an {@code org:ChangeEvent} from its {@code org:originalOrganization} to its
 * {@code org:resultingOrganization}; any change {@code prov:invalidated} what the old edition said and
 * {@code prov:generated} what the new one says: a competence or declaration as a blank node with its unit, concept
 * and qualifier, or the state of a unit or concept ({@code prov:specializationOf} it) with its name, code and parent.
 *
 * <pre>{@code
 * Model rdf = EditionDiffRdf.model(diff, diffIri, oldEditionIri, newEditionIri);
 * }</pre>
 */
public final class EditionDiffRdf {
    private final Model model = ModelFactory.createDefaultModel();
    private final Resource diff;

    private EditionDiffRdf(String diffIri, String oldEdition, String newEdition) {
        Prefixes.applyTo(model);
        diff = model.createResource(diffIri, OKG.EditionDiff)
                .addProperty(OKG.oldEdition, model.createResource(oldEdition))
                .addProperty(OKG.newEdition, model.createResource(newEdition));
    }

    /** The diff's RDF; {@code oldEdition} and {@code newEdition} are the editions' dataset IRIs. */
    public static Model model(EditionDiff diff, String diffIri, String oldEdition, String newEdition) {
        EditionDiffRdf rdf = new EditionDiffRdf(diffIri, oldEdition, newEdition);
        diff.unitsAdded().forEach(rdf::unitAdded);
        diff.unitsRemoved().forEach(rdf::unitRemoved);
        diff.unitsRenamed().forEach(rdf::unitRenamed);
        diff.unitsMoved().forEach(rdf::unitMoved);
        diff.activitiesAssigned().forEach(entry -> rdf.change(OKG.ActivityAssigned)
                .addProperty(Vocabularies.provGenerated, rdf.competence(entry, entry.qualifier())));
        diff.activitiesWithdrawn().forEach(entry -> rdf.change(OKG.ActivityWithdrawn)
                .addProperty(Vocabularies.provInvalidated, rdf.competence(entry, entry.qualifier())));
        diff.activitiesRequalified().forEach(rdf::requalified);
        diff.processesDeclared().forEach(entry -> rdf.change(OKG.ProcessDeclared)
                .addProperty(Vocabularies.provGenerated, rdf.declaration(entry)));
        diff.processesDropped().forEach(entry -> rdf.change(OKG.ProcessDropped)
                .addProperty(Vocabularies.provInvalidated, rdf.declaration(entry)));
        diff.labelsChanged().forEach(rdf::labelChanged);
        return rdf.model;
    }

    private void unitAdded(UnitEntry unit) {
        unitChange(OKG.UnitAdded).addProperty(ORG.resultingOrganization, model.createResource(unit.unit()))
                .addProperty(Vocabularies.provGenerated, unitState(unit.unit(), unit.code(), unit.name(), ""));
    }

    private void unitRemoved(UnitEntry unit) {
        unitChange(OKG.UnitRemoved).addProperty(ORG.originalOrganization, model.createResource(unit.unit()))
                .addProperty(Vocabularies.provInvalidated, unitState(unit.unit(), unit.code(), unit.name(), ""));
    }

    private void unitRenamed(UnitRenaming renaming) {
        Resource unit = model.createResource(renaming.unit());
        unitChange(OKG.UnitRenamed).addProperty(ORG.originalOrganization, unit)
                .addProperty(ORG.resultingOrganization, unit)
                .addProperty(Vocabularies.provInvalidated, unitState(renaming.unit(), renaming.code(), renaming.oldName(), ""))
                .addProperty(Vocabularies.provGenerated,
                        unitState(renaming.unit(), renaming.code(), renaming.newName(), ""));
    }

    private void unitMoved(UnitMove move) {
        unitChange(OKG.UnitMoved).addProperty(ORG.originalOrganization, model.createResource(move.oldUnit()))
                .addProperty(ORG.resultingOrganization, model.createResource(move.newUnit()))
                .addProperty(Vocabularies.provInvalidated,
                        unitState(move.oldUnit(), move.oldCode(), move.name(), move.oldParent()))
                .addProperty(Vocabularies.provGenerated,
                        unitState(move.newUnit(), move.newCode(), move.name(), move.newParent()));
    }

    private void requalified(Requalification change) {
        ConceptEntry entry = new ConceptEntry(change.unit(), change.unitCode(), change.unitName(), change.activity(),
                change.notation(), "", "");
        change(OKG.ActivityRequalified)
                .addProperty(Vocabularies.provInvalidated, optional(competence(entry, change.oldQualifier()),
                        OKG.markerAsWritten, change.oldMarker()))
                .addProperty(Vocabularies.provGenerated, optional(competence(entry, change.newQualifier()),
                        OKG.markerAsWritten, change.newMarker()));
    }

    private void labelChanged(LabelChange change) {
        Resource event = change(OKG.LabelChanged);
        if (change.unit().isEmpty()) { // a concept relabelled between two revisions of the process map
            Resource concept = model.createResource(change.concept());
            event.addProperty(Vocabularies.provInvalidated, model.createResource()
                            .addProperty(Vocabularies.provSpecializationOf, concept)
                            .addProperty(SKOS.prefLabel, change.oldLabel(), "it"))
                    .addProperty(Vocabularies.provGenerated, model.createResource()
                            .addProperty(Vocabularies.provSpecializationOf, concept)
                            .addProperty(SKOS.prefLabel, change.newLabel(), "it"));
            return;
        }
        ConceptEntry entry = new ConceptEntry(change.unit(), change.unitCode(), change.unitName(), change.concept(),
                change.notation(), "", "");
        event.addProperty(Vocabularies.provInvalidated,
                        competence(entry, "").addProperty(OKG.labelAsWritten, change.oldLabel()))
                .addProperty(Vocabularies.provGenerated,
                        competence(entry, "").addProperty(OKG.labelAsWritten, change.newLabel()));
    }

    /** A change of what units do: a PROV activity, part of the diff. */
    private Resource change(Resource kind) {
        Resource change = model.createResource().addProperty(RDF.type, kind)
                .addProperty(RDF.type, Vocabularies.provActivity);
        diff.addProperty(DCTerms.hasPart, change);
        return change;
    }

    /** A change of the units themselves: also a W3C ORG change event. */
    private Resource unitChange(Resource kind) {
        return change(kind).addProperty(RDF.type, ORG.ChangeEvent);
    }

    /** A unit as one edition has it: its code, name and parent there. */
    private Resource unitState(String unit, String code, String name, String parent) {
        Resource state = model.createResource()
                .addProperty(Vocabularies.provSpecializationOf, model.createResource(unit))
                .addProperty(SKOS.prefLabel, name, "it");
        optional(state, SKOS.notation, code);
        if (!parent.isEmpty()) {
            state.addProperty(ORG.subOrganizationOf, model.createResource(parent));
        }
        return state;
    }

    private Resource competence(ConceptEntry entry, String qualifier) {
        Resource competence = model.createResource(OKG.Competence)
                .addProperty(OKG.unit, model.createResource(entry.unit()))
                .addProperty(OKG.activity, model.createResource(entry.concept()));
        if (!qualifier.isEmpty()) {
            competence.addProperty(OKG.qualifier, model.createResource(qualifier));
        }
        return competence;
    }

    private Resource declaration(ConceptEntry entry) {
        Resource declaration = model.createResource(OKG.ProcessDeclaration)
                .addProperty(OKG.unit, model.createResource(entry.unit()))
                .addProperty(OKG.process, model.createResource(entry.concept()));
        if (!entry.qualifier().isEmpty()) {
            declaration.addProperty(OKG.qualifier, model.createResource(entry.qualifier()));
        }
        return declaration;
    }

    private static Resource optional(Resource subject, Property property, String value) {
        return value.isEmpty() ? subject : subject.addProperty(property, value);
    }
}
