package it.cciaa.organigramma.ingest;

import static it.cciaa.organigramma.vocabulary.Vocabularies.*;

import it.cciaa.organigramma.ingest.AllegatoDocument.Anomaly;
import it.cciaa.organigramma.ingest.AllegatoDocument.Citation;
import it.cciaa.organigramma.ingest.AllegatoDocument.Competence;
import it.cciaa.organigramma.ingest.AllegatoDocument.Declaration;
import it.cciaa.organigramma.ingest.AllegatoDocument.Footnote;
import it.cciaa.organigramma.ingest.AllegatoDocument.Mention;
import it.cciaa.organigramma.ingest.AllegatoDocument.SourceLine;
import it.cciaa.organigramma.ingest.AllegatoDocument.Unit;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.iri.EditionIris;
import it.cciaa.organigramma.iri.ProcessMapIris;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.store.BaseRewriter;
import it.cciaa.organigramma.text.EditionLabels;
import it.cciaa.organigramma.text.PrintedNames;
import it.cciaa.organigramma.vocabulary.OKG;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Turns an Allegato C into RDF: one named graph for the organigram edition, one for the process map, one for laws,
 * one for the controlled vocabularies and one for the DCAT-AP_IT catalogue. The graph model is {@code docs/model.md}.
 *
 * <pre>{@code
 * Dataset dataset = new AllegatoImporter(ImportOptions.defaults()).importDocument(bytes, "allegato-c.txt");
 * }</pre>
 */
public final class AllegatoImporter {
    /** Dates in the catalogue's English titles: "1 January 2025". */
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * How to name what is imported. {@code editionDate} empty: the edition is named by the document's checksum.
     * {@code ipaCodes}: the IndicePA code of the chambers whose code is known, by slug ({@code cciaa-di-foggia}); the
     * document does not carry it, so a chamber without one here has none in the data.
     */
    public record ImportOptions(String base, String mapRevision, Optional<LocalDate> editionDate,
            Map<String, String> ipaCodes) {
        public ImportOptions {
            ipaCodes = Map.copyOf(ipaCodes);
        }

        public ImportOptions(String base, String mapRevision, Optional<LocalDate> editionDate) {
            this(base, mapRevision, editionDate, Map.of());
        }

        public static ImportOptions defaults() {
            return new ImportOptions(ServiceIris.DEFAULT_BASE, "2024", Optional.empty());
        }

        public ImportOptions withEditionDate(Optional<LocalDate> date) {
            return new ImportOptions(base, mapRevision, date, ipaCodes);
        }

        public ImportOptions withIpaCodes(Map<String, String> codes) {
            return new ImportOptions(base, mapRevision, editionDate, codes);
        }

        /**
         * IPA codes written {@code cciaa-di-foggia=CODE,cciaa-di-bari=CODE} (blank: none), as {@code KG_IPA_CODES}
         * and {@code --ipa-code} give them.
         *
         * @throws IllegalArgumentException naming the entry that is not {@code SLUG=CODE}
         */
        public static Map<String, String> parseIpaCodes(String text) {
            Map<String, String> codes = new java.util.LinkedHashMap<>();
            for (String entry : text.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.strip().split("=", -1);
                if (parts.length != 2 || !parts[0].strip().matches("[a-z0-9]+(-[a-z0-9]+)*")
                        || !parts[1].strip().matches("[A-Za-z0-9_]+")) {
                    throw new IllegalArgumentException("IPA code «" + entry.strip() + "» is not SLUG=CODE (a chamber's "
                            + "slug such as cciaa-di-foggia, then letters, digits or _)");
                }
                if (codes.put(parts[0].strip(), parts[1].strip()) != null) {
                    throw new IllegalArgumentException("IPA code given twice for " + parts[0].strip());
                }
            }
            return codes;
        }
    }

    /** The result: the dataset, the IRIs of its chamber and of its process-map revision, and its edition key. */
    public record Imported(Dataset dataset, ChamberIris chamber, ProcessMapIris processMap, String editionKey,
            AllegatoDocument document) {
        public String editionGraph() {
            return chamber.editionGraph(editionKey);
        }

        public String edition() {
            return chamber.edition(editionKey);
        }
    }

    private final ImportOptions options;

    public AllegatoImporter(ImportOptions options) {
        this.options = options;
    }

    /** Reads and converts a document; refuses one that is not an Allegato C of the expected form. */
    public Imported importDocument(byte[] bytes, String sourceName) throws AllegatoFormatException {
        DocumentText text = DocumentText.decode(bytes);
        AllegatoDocument document = new AllegatoParser().parse(text.lines());
        String editionKey = options.editionDate().map(LocalDate::toString)
                .orElse("sha256-" + text.sha256().substring(0, 12));
        ServiceIris service = new ServiceIris(options.base());
        EditionIris edition = service.chamber(AllegatoParser.slug(document.enteName())).inEdition(editionKey);
        ProcessMapIris processMap = service.processMap(options.mapRevision());
        return new Imported(new Conversion(edition, processMap, document, text.sha256(), sourceName).run(),
                edition.chamber(), processMap, editionKey, document);
    }

    /** One conversion: the state of writing one document's graphs. */
    private final class Conversion {
        private final ServiceIris service;
        private final ChamberIris chamberIris;
        private final EditionIris editionIris;
        private final ProcessMapIris processMap;
        private final String editionKey;
        private final AllegatoDocument document;
        private final String sha256;
        private final String sourceName;
        private final Model edition = ModelFactory.createDefaultModel();
        private final Model map = ModelFactory.createDefaultModel();
        private final Model laws = ModelFactory.createDefaultModel();
        private final Model catalogue = ModelFactory.createDefaultModel();
        private final BaseRewriter rewriter;
        private final LawCatalogue lawCatalogue;
        private final Map<String, List<Mention>> mentionsByCode = new TreeMap<>();

        Conversion(EditionIris editionIris, ProcessMapIris processMap, AllegatoDocument document, String sha256,
                String sourceName) {
            this.service = processMap.service();
            this.chamberIris = editionIris.chamber();
            this.editionIris = editionIris;
            this.processMap = processMap;
            this.editionKey = editionIris.key();
            this.document = document;
            this.sha256 = sha256;
            this.sourceName = sourceName;
            // The project's files name our laws and vocabularies on the default base; the edition uses its own.
            this.rewriter = new BaseRewriter(service.base());
            this.lawCatalogue = new LawCatalogue(rewriter.rewrite(ProjectResources.turtle("data/norme.ttl")));
        }

        Dataset run() {
            for (Mention mention : document.mentions()) {
                mentionsByCode.computeIfAbsent(mention.code().canonical(), k -> new ArrayList<>()).add(mention);
            }
            writeRecords();
            writeUnits();
            writeProcessMap();
            writeDeclarations();
            writeCompetences();
            writeFootnotes();
            writeCitations();
            writeAnomalies();
            writeCatalogue();
            Dataset dataset = DatasetFactory.create();
            dataset.addNamedModel(editionIris.graph(), edition);
            dataset.addNamedModel(processMap.graph(), map);
            dataset.addNamedModel(service.lawGraph(), laws);
            dataset.addNamedModel(service.vocabularyGraph(),
                    rewriter.rewrite(ProjectResources.turtle("ontology/vocabularies.ttl")));
            dataset.addNamedModel(service.catalogueGraph(), catalogue);
            for (Model model : List.of(edition, map, laws, catalogue)) {
                model.clearNsPrefixMap();
            }
            return dataset;
        }

        // ---- Source records ----

        private Resource document() {
            return edition.createResource(editionIris.document());
        }

        private Resource record(int line) {
            return edition.createResource(editionIris.sourceLine(line));
        }

        private void writeRecords() {
            for (SourceLine line : document.records()) {
                Resource record = record(line.number())
                        .addProperty(RDF.type, OKG.SourceRecord)
                        .addLiteral(OKG.lineNumber, lineNumber(line.number()))
                        .addProperty(OKG.rawText, line.rawText())
                        .addProperty(DCTerms.isPartOf, document());
                line.sectionSlug().ifPresent(slug -> record.addProperty(OKG.section, unit(slug)));
            }
            for (Mention mention : document.mentions()) {
                record(mention.line()).addProperty(OKG.mentions, concept(mention.code().canonical()));
            }
        }

        // ---- Units ----

        private Resource unit(String slug) {
            return edition.createResource(chamberIris.unit(slug));
        }

        private void writeUnits() {
            for (Unit unit : document.units()) {
                Resource resource = unit(unit.slug())
                        .addProperty(RDF.type, ORG.OrganizationalUnit)
                        .addProperty(ORG.classification, edition.createResource(service.unitKind(unit.kind().slug())))
                        .addProperty(SKOS.prefLabel, unit.name(), "it");
                if (unit.kind() == UnitKind.ENTE) {
                    resource.removeAll(RDF.type)
                            .addProperty(RDF.type, covPublicOrganization)
                            .addProperty(RDF.type, ORG.FormalOrganization)
                            .addProperty(RDF.type, dcatapitAgent)
                            .addProperty(foafName, unit.name())
                            .addProperty(DCTerms.identifier, chamberIris.slug())
                            .addProperty(covHasCategory, covChamberCategory);
                    Optional.ofNullable(options.ipaCodes().get(chamberIris.slug()))
                            .ifPresent(code -> resource.addProperty(covIpaCode, code));
                } else {
                    resource.addProperty(RDF.type, covSupportUnit)
                            .addProperty(ORG.unitOf, unit("ente"));
                    unit("ente").addProperty(ORG.hasUnit, resource);
                }
                unit.code().ifPresent(code -> resource.addProperty(SKOS.notation, code));
                unit.nameVariants().forEach(variant -> resource.addProperty(SKOS.hiddenLabel, variant, "it"));
                unit.description().ifPresent(text -> resource.addProperty(DCTerms.description, text, "it"));
                unit.parentSlug().ifPresent(parent -> {
                    resource.addProperty(ORG.subOrganizationOf, unit(parent));
                    unit(parent).addProperty(ORG.hasSubOrganization, resource);
                });
                unit.lines().forEach(line -> resource.addProperty(provWasDerivedFrom, record(line)));
            }
        }

        // ---- Process map ----

        private Resource concept(String notation) {
            return edition.createResource(processMap.concept(notation));
        }

        private void writeProcessMap() {
            Resource scheme = map.createResource(processMap.scheme())
                    .addProperty(RDF.type, SKOS.ConceptScheme)
                    .addProperty(DCTerms.title, "Mappa dei processi delle Camere di commercio, revisione "
                            + options.mapRevision(), "it")
                    .addProperty(DCTerms.title, "Process map of the Italian Chambers of Commerce, revision "
                            + options.mapRevision(), "en")
                    .addProperty(DCTerms.source, document())
                    .addProperty(DCTerms.license, licenceCcBy40)
                    .addLiteral(xkosNumberOfLevels, map.createTypedLiteral("4", XSDDatatype.XSDpositiveInteger));
            String[] levelLabelsIt = {"Tema (macro-processo)", "Funzione (processo)", "Servizio/ambito (sotto-processo)",
                    "Attività (azione)"};
            String[] levelLabelsEn = {"Theme (macro-process)", "Function (process)", "Service/area (sub-process)",
                    "Activity (action)"};
            List<RDFNode> levels = new ArrayList<>();
            for (int depth = 1; depth <= 4; depth++) {
                levels.add(map.createResource(processMap.level(depth))
                        .addProperty(RDF.type, xkosClassificationLevel)
                        .addProperty(SKOS.prefLabel, levelLabelsIt[depth - 1], "it")
                        .addProperty(SKOS.prefLabel, levelLabelsEn[depth - 1], "en")
                        .addProperty(SKOS.inScheme, scheme)
                        .addLiteral(xkosDepth, map.createTypedLiteral(String.valueOf(depth),
                                XSDDatatype.XSDpositiveInteger)));
            }
            scheme.addProperty(xkosLevels, levelList(levels));
            for (Map.Entry<String, List<Mention>> entry : mentionsByCode.entrySet()) {
                writeConcept(scheme, entry.getKey(), entry.getValue());
            }
        }

        /**
         * The list of the map's levels with IRIs for its cells ({@code {scheme}/livelli/1} …), not blank nodes: every
         * edition that follows the map writes the same triples, so publishing one more adds no copy of the list.
         */
        private Resource levelList(List<RDFNode> levels) {
            Resource list = RDF.nil;
            for (int at = levels.size(); at >= 1; at--) {
                list = map.createResource(processMap.levelListCell(at))
                        .addProperty(RDF.first, levels.get(at - 1))
                        .addProperty(RDF.rest, list);
            }
            return list;
        }

        private void writeConcept(Resource scheme, String notation, List<Mention> mentions) {
            ProcessCode code = mentions.getFirst().code();
            Map<String, Integer> labelCounts = new LinkedHashMap<>();
            for (Mention mention : mentions) {
                if (!mention.labelAsWritten().isEmpty()) {
                    labelCounts.merge(mention.labelAsWritten(), 1, Integer::sum);
                }
            }
            Resource concept = map.createResource(processMap.concept(notation))
                    .addProperty(RDF.type, SKOS.Concept)
                    .addLiteral(SKOS.notation, map.createTypedLiteral(notation, notationType()))
                    .addProperty(SKOS.inScheme, scheme);
            map.createResource(processMap.level(code.level())).addProperty(SKOS.member, concept);
            String preferred = labelCounts.entrySet().stream()
                    .max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                    .map(Map.Entry::getKey)
                    .orElse(notation);
            concept.addProperty(SKOS.prefLabel, preferred, "it");
            labelCounts.keySet().stream().filter(label -> !label.equals(preferred))
                    .forEach(label -> concept.addProperty(SKOS.hiddenLabel, label, "it"));
            if (code.level() == 1) {
                concept.addProperty(SKOS.topConceptOf, scheme)
                        .addProperty(SKOS.broadMatch, map.createResource(service.function(code.functionLetter())));
                scheme.addProperty(SKOS.hasTopConcept, concept);
            } else {
                Resource broader = map.createResource(processMap.concept(code.parent().orElseThrow()));
                concept.addProperty(SKOS.broader, broader);
                broader.addProperty(SKOS.narrower, concept);
            }
        }

        private org.apache.jena.datatypes.RDFDatatype notationType() {
            return org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(OKG.processCode.getURI());
        }

        // ---- Declarations and competences ----

        private void writeDeclarations() {
            for (Declaration declaration : document.declarations()) {
                String notation = declaration.code().canonical();
                Resource resource = edition.createResource(editionIris.declaration(declaration.unitSlug(), notation))
                        .addProperty(RDF.type, OKG.ProcessDeclaration)
                        .addProperty(OKG.unit, unit(declaration.unitSlug()))
                        .addProperty(OKG.process, concept(notation))
                        .addProperty(OKG.sourceRecord, record(declaration.line()));
                declaration.qualifier().ifPresent(q ->
                        resource.addProperty(OKG.qualifier, edition.createResource(service.qualifier(q.slug()))));
                unit(declaration.unitSlug()).addProperty(ORG.purpose, concept(notation));
            }
        }

        private void writeCompetences() {
            for (Competence competence : document.competences()) {
                String notation = competence.code().canonical();
                Resource resource = edition.createResource(editionIris.competence(competence.unitSlug(), notation))
                        .addProperty(RDF.type, OKG.Competence)
                        .addProperty(OKG.unit, unit(competence.unitSlug()))
                        .addProperty(OKG.activity, concept(notation))
                        .addProperty(OKG.labelAsWritten, competence.labelAsWritten())
                        .addProperty(OKG.sourceRecord, record(competence.line()));
                competence.markerAsWritten().ifPresent(marker -> resource.addProperty(OKG.markerAsWritten, marker));
                competence.qualifier().ifPresent(q ->
                        resource.addProperty(OKG.qualifier, edition.createResource(service.qualifier(q.slug()))));
                competence.editorialNote().ifPresent(note -> resource.addProperty(SKOS.editorialNote, note, "it"));
            }
        }

        private void writeFootnotes() {
            for (Footnote footnote : document.footnotes()) {
                Resource resource = edition.createResource(editionIris.footnote(footnote.unitSlug(),
                                footnote.marker().length()))
                        .addProperty(RDF.type, OKG.Footnote)
                        .addProperty(OKG.section, unit(footnote.unitSlug()))
                        .addProperty(OKG.marker, footnote.marker())
                        .addProperty(OKG.markerAsWritten, footnote.markerAsWritten())
                        .addProperty(RDFS.comment, footnote.text(), "it")
                        .addProperty(OKG.sourceRecord, record(footnote.line()));
                footnote.qualifier().ifPresent(q ->
                        resource.addProperty(OKG.defines, edition.createResource(service.qualifier(q.slug()))));
            }
        }

        // ---- Laws ----

        private void writeCitations() {
            laws.add(lawCatalogue.model());
            Map<String, Integer> perLine = new HashMap<>();
            for (Citation citation : document.citations()) {
                Optional<Resource> law = resolve(citation);
                String slug = AllegatoParser.slug(citation.law().shortForm());
                int seen = perLine.merge(citation.line() + "/" + slug, 1, Integer::sum);
                Resource resource = edition.createResource(editionIris.citation(citation.line() + "/" + slug
                                + (seen > 1 ? "-" + seen : "")))
                        .addProperty(RDF.type, OKG.Citation)
                        .addProperty(OKG.textAsWritten, citation.textAsWritten())
                        .addProperty(OKG.sourceRecord, record(citation.line()));
                Resource citing = citation.citingCode().map(this::concept)
                        .orElseGet(() -> unit(citation.citingUnitSlug().orElseThrow()));
                resource.addProperty(OKG.citedBy, citing);
                law.ifPresent(l -> {
                    resource.addProperty(OKG.law, l);
                    citation.citingCode().ifPresent(code ->
                            map.createResource(processMap.concept(code)).addProperty(cvHasLegalResource, l));
                });
            }
        }

        /** The catalogue's law, or a minted one for an act the catalogue lacks; empty when no act is named. */
        private Optional<Resource> resolve(Citation citation) {
            LawReference reference = citation.law();
            if (reference.kind().isEmpty()) {
                anomaly(citation.line(), AnomalyKind.LAW_UNRESOLVED, citation.textAsWritten(), Optional.empty(),
                        citation.citingCode().map(this::concept), sectionOf(citation.line()),
                        "Riferimento normativo «%s» senza l'atto a cui appartiene: non collegato.".formatted(
                                citation.textAsWritten()),
                        "Legal reference «%s» does not name its act: not linked.".formatted(citation.textAsWritten()));
                return Optional.empty();
            }
            Optional<Resource> known = lawCatalogue.find(reference);
            if (known.isPresent()) {
                return known.map(r -> laws.createResource(r.getURI()));
            }
            String slug = AllegatoParser.slug(reference.shortForm());
            Resource minted = laws.createResource(service.mintedLaw(slug))
                    .addProperty(RDF.type, eliLegalResource)
                    .addProperty(DCTerms.title, reference.shortForm(), "it")
                    .addProperty(SKOS.notation, reference.shortForm());
            anomaly(citation.line(), AnomalyKind.LAW_UNRESOLVED, citation.textAsWritten(),
                    Optional.of(reference.shortForm()), Optional.of(minted), sectionOf(citation.line()),
                    "Atto «%s» assente dal catalogo delle norme (data/norme.ttl): identificativi da completare.".formatted(
                            reference.shortForm()),
                    "Act «%s» is not in the law catalogue (data/norme.ttl): identifiers to be completed.".formatted(
                            reference.shortForm()));
            return Optional.of(minted);
        }

        private Optional<Resource> sectionOf(int line) {
            return document.records().stream().filter(r -> r.number() == line).findFirst()
                    .flatMap(SourceLine::sectionSlug).map(this::unit);
        }

        // ---- Anomalies ----

        private final Map<String, Integer> anomaliesPerKey = new HashMap<>();

        private void writeAnomalies() {
            for (Anomaly anomaly : document.anomalies()) {
                Optional<Resource> about = anomaly.aboutCode().map(this::concept)
                        .or(() -> anomaly.aboutUnitSlug().map(this::unit));
                anomaly(anomaly.line(), anomaly.kind(), anomaly.valueAsWritten(), anomaly.valueCanonical(), about,
                        anomaly.sectionSlug().map(this::unit), anomaly.messageIt(), anomaly.messageEn());
            }
        }

        private void anomaly(int line, AnomalyKind kind, String asWritten, Optional<String> canonical,
                Optional<Resource> about, Optional<Resource> section, String messageIt, String messageEn) {
            String key = line + "/" + kind.slug();
            int seen = anomaliesPerKey.merge(key, 1, Integer::sum);
            Resource resource = edition.createResource(editionIris.anomaly(key + (seen > 1 ? "-" + seen : "")))
                    .addProperty(RDF.type, OKG.Anomaly)
                    .addProperty(OKG.anomalyKind, edition.createResource(service.anomalyKind(kind.slug())))
                    .addProperty(OKG.sourceRecord, record(line))
                    .addLiteral(OKG.lineNumber, lineNumber(line))
                    .addProperty(OKG.valueAsWritten, asWritten)
                    .addProperty(RDFS.comment, messageIt, "it")
                    .addProperty(RDFS.comment, messageEn, "en");
            canonical.ifPresent(value -> resource.addProperty(OKG.valueCanonical, value));
            about.ifPresent(value -> resource.addProperty(OKG.about, value));
            section.ifPresent(value -> resource.addProperty(OKG.section, value));
        }

        private Literal lineNumber(int line) {
            return edition.createTypedLiteral(String.valueOf(line), XSDDatatype.XSDpositiveInteger);
        }

        // ---- The edition as a DCAT-AP_IT dataset ----

        /** The edition as the catalogue's Italian titles name it ({@link EditionLabels}). */
        private String editionLabel() {
            return EditionLabels.of(options.editionDate().orElse(null), sourceName);
        }

        private static String capitalized(String text) {
            return text.substring(0, 1).toUpperCase(Locale.ITALIAN) + text.substring(1);
        }

        private void writeCatalogue() {
            Resource chamber = catalogue.createResource(chamberIris.iri())
                    .addProperty(RDF.type, dcatapitAgent)
                    .addProperty(foafName, document.enteName())
                    .addProperty(DCTerms.identifier, chamberIris.slug());
            Resource dataset = catalogue.createResource(editionIris.dataset());
            Resource distribution = catalogue.createResource(editionIris.distribution("trig"))
                    .addProperty(RDF.type, dcatapitDistribution)
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.format, fileTypeTrig)
                    .addProperty(DCAT.accessURL, dataset)
                    .addProperty(DCTerms.license, licenceCcBy40)
                    .addProperty(DCTerms.title, capitalized(editionLabel()) + " in TriG", "it");
            Resource source = catalogue.createResource(editionIris.document())
                    .addProperty(RDF.type, foafDocument)
                    .addProperty(DCTerms.title, sourceName)
                    .addProperty(DCTerms.format, "text/plain")
                    .addProperty(spdxChecksumProperty, catalogue.createResource()
                            .addProperty(RDF.type, spdxChecksum)
                            .addProperty(spdxAlgorithm, spdxSha256)
                            .addProperty(spdxChecksumValue, sha256));
            dataset.addProperty(RDF.type, dcatapitDataset)
                    .addProperty(RDF.type, DCAT.Dataset)
                    .addProperty(DCTerms.identifier, chamberIris.slug() + ":organigramma:" + editionKey)
                    .addProperty(DCTerms.title, "Organigramma di " + PrintedNames.readable(document.enteName())
                            + " – " + editionLabel(), "it")
                    .addProperty(DCTerms.title, "Organigram of " + PrintedNames.readable(document.enteName())
                            + " – " + options.editionDate().map(date -> "edition of " + date.format(ENGLISH_DATE))
                                    .orElse("undated edition (" + sourceName + ")"), "en")
                    .addProperty(DCTerms.description, "Articolazione degli uffici per competenze, funzioni e "
                            + "responsabilità (Allegato C), con le attività della Mappa dei processi camerali.", "it")
                    .addProperty(DCAT.theme, themeGovernment)
                    .addProperty(DCTerms.language, languageItalian)
                    .addProperty(DCTerms.rightsHolder, chamber)
                    .addProperty(DCTerms.publisher, chamber)
                    .addProperty(DCTerms.accrualPeriodicity, frequencyIrregular)
                    .addProperty(DCTerms.conformsTo, catalogue.createResource(OKG.ONTOLOGY))
                    .addProperty(DCTerms.conformsTo, catalogue.createResource(processMap.scheme()))
                    .addProperty(provWasDerivedFrom, source)
                    .addProperty(DCAT.distribution, distribution);
            options.editionDate().ifPresent(date -> {
                Literal day = catalogue.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
                dataset.addLiteral(DCTerms.modified, day).addLiteral(DCTerms.issued, day);
                dataset.addProperty(org.apache.jena.vocabulary.OWL.versionInfo, date.toString());
            });
            catalogue.createResource(service.catalogue())
                    .addProperty(RDF.type, dcatapitCatalog)
                    .addProperty(RDF.type, DCAT.Catalog)
                    .addProperty(DCTerms.title, "Organigramma KG – catalogo dei dati", "it")
                    .addProperty(DCTerms.description, "Le edizioni dell'organigramma pubblicate come dati aperti "
                            + "collegati.", "it")
                    .addProperty(DCTerms.publisher, chamber)
                    .addProperty(DCAT.dataset, dataset);
        }
    }
}
