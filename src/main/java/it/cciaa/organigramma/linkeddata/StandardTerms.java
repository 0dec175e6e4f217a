package it.cciaa.organigramma.linkeddata;

import it.cciaa.organigramma.vocabulary.OKG;
import it.cciaa.organigramma.vocabulary.Prefixes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The terms of the standard vocabularies the graph is written with (RDF, RDFS, OWL, SKOS, DCAT, Dublin Core, ORG,
 * PROV, …): their names in Italian, for pages that would otherwise show a bare IRI, and which IRIs belong to them.
 * The vocabularies are not ours and the store does not describe them: a link to one of their terms is the term's own
 * IRI, never a page of this service.
 */
final class StandardTerms {
    /** Prefixes of standard vocabularies beyond those the project writes its RDF with ({@link Prefixes}). */
    static final Map<String, String> MORE_PREFIXES = Map.of(
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "sh", "http://www.w3.org/ns/shacl#",
            "vann", "http://purl.org/vocab/vann/");

    private static final Map<String, String> NAMESPACES = new LinkedHashMap<>();

    static {
        Prefixes.ALL.forEach((prefix, namespace) -> {
            if (!namespace.equals(OKG.NS)) {
                NAMESPACES.put(prefix, namespace);
            }
        });
        NAMESPACES.putAll(MORE_PREFIXES);
    }

    /** Italian names by compact IRI. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("rdf:type", "tipo"),
            Map.entry("rdfs:label", "etichetta"),
            Map.entry("rdfs:comment", "commento"),
            Map.entry("rdfs:seeAlso", "vedi anche"),
            Map.entry("rdfs:isDefinedBy", "definito in"),
            Map.entry("rdfs:subClassOf", "sottoclasse di"),
            Map.entry("rdfs:subPropertyOf", "sottoproprietà di"),
            Map.entry("rdfs:domain", "dominio"),
            Map.entry("rdfs:range", "codominio"),
            Map.entry("rdfs:member", "membro"),
            Map.entry("rdfs:Datatype", "tipo di dato"),
            Map.entry("rdfs:Class", "classe"),
            Map.entry("owl:Class", "classe"),
            Map.entry("owl:ObjectProperty", "proprietà fra risorse"),
            Map.entry("owl:DatatypeProperty", "proprietà con valore letterale"),
            Map.entry("owl:Ontology", "ontologia"),
            Map.entry("owl:sameAs", "stessa risorsa di"),
            Map.entry("owl:versionInfo", "versione"),
            Map.entry("owl:versionIRI", "IRI della versione"),
            Map.entry("owl:imports", "importa"),
            Map.entry("skos:prefLabel", "nome"),
            Map.entry("skos:altLabel", "nome alternativo"),
            Map.entry("skos:hiddenLabel", "nome nascosto (per la ricerca)"),
            Map.entry("skos:notation", "codice"),
            Map.entry("skos:definition", "definizione"),
            Map.entry("skos:scopeNote", "nota d'uso"),
            Map.entry("skos:editorialNote", "nota redazionale"),
            Map.entry("skos:example", "esempio"),
            Map.entry("skos:broader", "concetto più ampio"),
            Map.entry("skos:narrower", "concetto più specifico"),
            Map.entry("skos:broadMatch", "corrisponde a un concetto più ampio"),
            Map.entry("skos:exactMatch", "corrisponde esattamente a"),
            Map.entry("skos:related", "concetto correlato"),
            Map.entry("skos:inScheme", "nello schema"),
            Map.entry("skos:topConceptOf", "concetto di vertice di"),
            Map.entry("skos:hasTopConcept", "concetto di vertice"),
            Map.entry("skos:member", "membro"),
            Map.entry("skos:Concept", "concetto"),
            Map.entry("skos:ConceptScheme", "schema di concetti"),
            Map.entry("xkos:depth", "profondità"),
            Map.entry("xkos:levels", "livelli"),
            Map.entry("xkos:numberOfLevels", "numero di livelli"),
            Map.entry("xkos:ClassificationLevel", "livello di classificazione"),
            Map.entry("dct:title", "titolo"),
            Map.entry("dct:description", "descrizione"),
            Map.entry("dct:identifier", "identificativo"),
            Map.entry("dct:created", "data di creazione"),
            Map.entry("dct:issued", "data di emissione"),
            Map.entry("dct:modified", "data di modifica"),
            Map.entry("dct:publisher", "editore"),
            Map.entry("dct:creator", "autore"),
            Map.entry("dct:rightsHolder", "titolare dei diritti"),
            Map.entry("dct:license", "licenza"),
            Map.entry("dct:conformsTo", "conforme a"),
            Map.entry("dct:format", "formato"),
            Map.entry("dct:temporal", "periodo di validità"),
            Map.entry("dct:subject", "argomento"),
            Map.entry("dct:references", "fa riferimento a"),
            Map.entry("dct:hasPart", "comprende"),
            Map.entry("dct:isPartOf", "fa parte di"),
            Map.entry("dct:isReplacedBy", "sostituito da"),
            Map.entry("dct:replaces", "sostituisce"),
            Map.entry("dct:source", "fonte"),
            Map.entry("dct:accrualPeriodicity", "frequenza di aggiornamento"),
            Map.entry("dct:language", "lingua"),
            Map.entry("dct:type", "tipo"),
            Map.entry("dcat:Catalog", "catalogo"),
            Map.entry("dcat:Dataset", "insieme di dati"),
            Map.entry("dcat:Distribution", "distribuzione"),
            Map.entry("dcat:dataset", "insieme di dati"),
            Map.entry("dcat:distribution", "distribuzione"),
            Map.entry("dcat:accessURL", "indirizzo di accesso"),
            Map.entry("dcat:downloadURL", "indirizzo di scaricamento"),
            Map.entry("dcat:mediaType", "tipo di contenuto"),
            Map.entry("dcat:byteSize", "dimensione in byte"),
            Map.entry("dcat:theme", "tema"),
            Map.entry("dcat:keyword", "parola chiave"),
            Map.entry("dcat:landingPage", "pagina di accesso"),
            Map.entry("dcat:startDate", "data di inizio"),
            Map.entry("dcat:endDate", "data di fine"),
            Map.entry("dcat:previousVersion", "versione precedente"),
            Map.entry("dcatapit:Dataset", "insieme di dati (DCAT-AP_IT)"),
            Map.entry("dcatapit:Distribution", "distribuzione (DCAT-AP_IT)"),
            Map.entry("dcatapit:Agent", "soggetto (DCAT-AP_IT)"),
            Map.entry("org:Organization", "organizzazione"),
            Map.entry("org:FormalOrganization", "organizzazione formale"),
            Map.entry("org:OrganizationalUnit", "unità organizzativa"),
            Map.entry("org:ChangeEvent", "evento di cambiamento"),
            Map.entry("org:Membership", "appartenenza"),
            Map.entry("org:unitOf", "unità di"),
            Map.entry("org:hasUnit", "ha l'unità"),
            Map.entry("org:subOrganizationOf", "fa parte di"),
            Map.entry("org:hasSubOrganization", "comprende"),
            Map.entry("org:classification", "classificazione"),
            Map.entry("org:purpose", "finalità"),
            Map.entry("org:identifier", "identificativo"),
            Map.entry("org:organization", "organizzazione"),
            Map.entry("org:originalOrganization", "organizzazione di partenza"),
            Map.entry("org:resultingOrganization", "organizzazione risultante"),
            Map.entry("org:changedBy", "cambiata da"),
            Map.entry("org:resultedFrom", "risultato di"),
            Map.entry("prov:Entity", "entità"),
            Map.entry("prov:Activity", "attività"),
            Map.entry("prov:wasDerivedFrom", "derivato da"),
            Map.entry("prov:wasGeneratedBy", "generato da"),
            Map.entry("prov:generated", "ha generato"),
            Map.entry("prov:invalidated", "ha invalidato"),
            Map.entry("prov:specializationOf", "specializzazione di"),
            Map.entry("prov:generatedAtTime", "generato il"),
            Map.entry("prov:value", "valore"),
            Map.entry("foaf:name", "nome"),
            Map.entry("foaf:homepage", "sito web"),
            Map.entry("foaf:page", "pagina"),
            Map.entry("cv:hasLegalResource", "base giuridica"),
            Map.entry("cov:PublicOrganization", "organizzazione pubblica"),
            Map.entry("cov:IPAcode", "codice IPA"),
            Map.entry("eli:LegalResource", "atto normativo"),
            Map.entry("eli:LegalResourceSubdivision", "partizione di un atto"),
            Map.entry("eli:id_local", "identificativo locale"),
            Map.entry("eli:is_part_of", "fa parte di"),
            Map.entry("eli:has_part", "comprende"),
            Map.entry("eli:date_document", "data dell'atto"),
            Map.entry("eli:type_document", "tipo di atto"),
            Map.entry("spdx:checksum", "impronta"),
            Map.entry("spdx:checksumValue", "valore dell'impronta"),
            Map.entry("sh:ValidationReport", "rapporto di validazione"),
            Map.entry("sh:ValidationResult", "esito di validazione"),
            Map.entry("sh:conforms", "conforme"),
            Map.entry("sh:result", "esito"),
            Map.entry("sh:focusNode", "risorsa verificata"),
            Map.entry("sh:resultPath", "proprietà verificata"),
            Map.entry("sh:resultMessage", "messaggio"),
            Map.entry("sh:resultSeverity", "gravità"),
            Map.entry("sh:sourceShape", "regola"),
            Map.entry("sh:value", "valore"),
            Map.entry("sh:Violation", "violazione"),
            Map.entry("sh:Warning", "avviso"),
            Map.entry("sh:Info", "informazione"),
            Map.entry("vann:preferredNamespacePrefix", "prefisso preferito"),
            Map.entry("vann:preferredNamespaceUri", "spazio dei nomi preferito"));

    private StandardTerms() {}

    /** Whether the IRI is a term of a standard vocabulary (not of this project's ontology). */
    static boolean isStandard(String iri) {
        return NAMESPACES.values().stream().anyMatch(namespace -> iri.startsWith(namespace)
                && iri.length() > namespace.length());
    }

    /** The term's Italian name, when the table has it. */
    static Optional<String> label(String iri) {
        return Optional.ofNullable(LABELS.get(ResourceView.curie(iri)));
    }
}
