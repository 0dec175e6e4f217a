package it.cciaa.organigramma.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cciaa.organigramma.cli.OrganigrammaCommand;
import it.cciaa.organigramma.edition.ChangedFoggiaDocument;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.publication.EditionPublisher.AlreadyPublished;
import it.cciaa.organigramma.publication.EditionPublisher.Outcome;
import it.cciaa.organigramma.publication.EditionPublisher.Published;
import it.cciaa.organigramma.publication.EditionPublisher.PublishRefused;
import it.cciaa.organigramma.publication.EditionPublisher.Rejected;
import it.cciaa.organigramma.publication.EditionTarget.CatalogueEdition;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EditionPublisherTest {
    private static final String BASE = ServiceIris.DEFAULT_BASE;
    private static final String CATALOGUE_GRAPH = BASE + "/graph/catalogo";
    private static final String EDITIONS = BASE + "/data/dataset/organigramma/cciaa-di-foggia/";
    private static final String REMOVED_ACTIVITY = "\tA1.2.1.4 Codice di comportamento e gestione Whistleblowing\n";

    @TempDir
    Path directory;

    private static byte[] foggia() {
        return ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT);
    }

    /** The Foggia document with one activity row fewer. */
    private static byte[] foggiaWithoutOneActivity() {
        String text = new String(foggia(), StandardCharsets.UTF_8);
        assertTrue(text.contains(REMOVED_ACTIVITY));
        return text.replace(REMOVED_ACTIVITY, "").getBytes(StandardCharsets.UTF_8);
    }

    private Outcome publish(byte[] document, String date) throws Exception {
        ImportOptions options = new ImportOptions(BASE, "2024", Optional.ofNullable(date).map(LocalDate::parse));
        try (LocalEditionTarget store = LocalEditionTarget.open(directory)) {
            return new EditionPublisher(store).publish(
                    EditionCandidate.fromDocument(document, "allegato-c-cciaa-foggia.txt", options));
        }
    }

    private DatasetGraph storeContent() {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(directory.resolve("tdb2").toString());
        Txn.executeRead(store, () -> store.find().forEachRemaining(copy::add));
        TDBInternal.expel(store);
        return copy;
    }

    /**
     * Every quad of the store as stored. TDB2 keeps its blank nodes' identity, so an unchanged store gives the same
     * set (an isomorphism test over the reports' many blank nodes would take far too long).
     */
    private Set<Quad> storeQuads() {
        return storeContent().stream().collect(Collectors.toSet());
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static boolean hasGraph(DatasetGraph content, String graph) {
        return content.find(iri(graph), Node.ANY, Node.ANY, Node.ANY).hasNext();
    }

    private static boolean inCatalogue(DatasetGraph content, String subject, String predicate, String object) {
        return content.contains(iri(CATALOGUE_GRAPH), iri(subject), iri(predicate), iri(object));
    }

    @Test
    void anotherChamberWordingAnActivityOtherwiseKeepsTheMapsLabelAndIsPublished() throws Exception {
        assertInstanceOf(Published.class, publish(foggia(), "2025-01-01"));
        String bari = new String(foggia(), StandardCharsets.UTF_8).replace("CCIAA di FOGGIA", "CCIAA di BARI")
                .replace(REMOVED_ACTIVITY, "\tA1.2.1.4 Codice di comportamento e segnalazioni di illeciti\n");
        Published published = assertInstanceOf(Published.class,
                publish(bari.getBytes(StandardCharsets.UTF_8), "2025-01-01"));
        assertFalse(published.validation().hasViolations());

        DatasetGraph content = storeContent();
        Node concept = iri(BASE + "/controlled-vocabulary/mappa-processi/2024/A1.2.1.4");
        Set<String> labels = content.stream(iri(BASE + "/graph/mappa-processi/2024"), concept,
                SKOS.prefLabel.asNode(), Node.ANY).map(quad -> quad.getObject().getLiteralLexicalForm())
                .collect(Collectors.toSet());
        assertEquals(Set.of("Codice di comportamento e gestione Whistleblowing"), labels);
        assertTrue(content.stream(iri(BASE + "/graph/organigramma/cciaa-di-bari/2025-01-01"), Node.ANY, Node.ANY,
                Node.ANY).anyMatch(quad -> quad.getObject().isLiteral() && quad.getObject().getLiteralLexicalForm()
                .equals("Codice di comportamento e segnalazioni di illeciti")), "the Bari edition keeps its wording");
    }

    @Test
    void publishingFoggiaIntoAnEmptyStoreWritesTheEditionTheCatalogueAndTheReport() throws Exception {
        Published published = assertInstanceOf(Published.class, publish(foggia(), "2025-01-01"));

        DatasetGraph content = storeContent();
        assertEquals(EDITIONS + "2025-01-01", published.edition());
        assertTrue(hasGraph(content, BASE + "/graph/organigramma/cciaa-di-foggia/2025-01-01"));
        assertTrue(hasGraph(content, BASE + "/graph/mappa-processi/2024"));
        assertTrue(hasGraph(content, BASE + "/graph/norme"));
        assertTrue(hasGraph(content, BASE + "/graph/vocabolari"));
        assertTrue(hasGraph(content, BASE + "/graph/ontologia"));
        assertEquals(BASE + "/graph/validazione/cciaa-di-foggia/2025-01-01", published.reportGraph());
        assertTrue(content.contains(iri(published.reportGraph()), Node.ANY,
                iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), iri("http://www.w3.org/ns/shacl#ValidationReport")));
        assertTrue(inCatalogue(content, BASE + "/data/catalogo", "http://www.w3.org/ns/dcat#dataset",
                published.edition()));
        assertTrue(content.find(iri(CATALOGUE_GRAPH), iri(BASE + "/data/catalogo"),
                iri("http://purl.org/dc/terms/modified"), Node.ANY).hasNext());
        assertTrue(published.previousEdition().isEmpty());
    }

    @Test
    void publishingTheSameDocumentAgainIsRecognisedAndChangesNothing() throws Exception {
        publish(foggia(), "2025-01-01");
        Set<Quad> before = storeQuads();

        AlreadyPublished again = assertInstanceOf(AlreadyPublished.class, publish(foggia(), "2025-03-01"));

        assertEquals("2025-01-01", again.editionKey());
        assertEquals(before, storeQuads());
    }

    @Test
    void anEditionWithViolationsIsRefusedWithItsReportAndTheStoreIsUnchanged() throws Exception {
        publish(foggia(), "2025-01-01");
        Set<Quad> before = storeQuads();

        Rejected rejected = assertInstanceOf(Rejected.class, publish(foggiaWithoutOneActivity(), null));

        assertTrue(rejected.validation().hasViolations());
        assertEquals(before, storeQuads());
    }

    @Test
    void anotherDocumentForADateAlreadyPublishedIsRefused() throws Exception {
        publish(foggia(), "2025-01-01");
        Set<Quad> before = storeQuads();

        PublishRefused refused = assertThrows(PublishRefused.class,
                () -> publish(foggiaWithoutOneActivity(), "2025-01-01"));

        assertTrue(refused.getMessage().contains("edition 2025-01-01 exists with another document"),
                refused.getMessage());
        assertEquals(before, storeQuads());
    }

    @Test
    void aSecondEditionIsCataloguedBesideTheFirstAndLinkedToIt() throws Exception {
        publish(foggia(), "2025-01-01");

        Published second = assertInstanceOf(Published.class, publish(foggiaWithoutOneActivity(), "2025-06-01"));

        DatasetGraph content = storeContent();
        String first = EDITIONS + "2025-01-01";
        assertEquals(Optional.of(first), second.previousEdition());
        assertTrue(hasGraph(content, BASE + "/graph/organigramma/cciaa-di-foggia/2025-01-01"));
        assertTrue(hasGraph(content, BASE + "/graph/organigramma/cciaa-di-foggia/2025-06-01"));
        assertTrue(hasGraph(content, BASE + "/graph/validazione/cciaa-di-foggia/2025-06-01"));
        assertTrue(inCatalogue(content, BASE + "/data/catalogo", "http://www.w3.org/ns/dcat#dataset", first));
        assertTrue(inCatalogue(content, BASE + "/data/catalogo", "http://www.w3.org/ns/dcat#dataset",
                second.edition()));
        assertTrue(inCatalogue(content, second.edition(), "http://www.w3.org/ns/dcat#previousVersion", first));
        assertFalse(content.find(iri(CATALOGUE_GRAPH), iri(first), iri("http://www.w3.org/ns/dcat#previousVersion"),
                Node.ANY).hasNext());
        assertEquals(1, content.stream(iri(CATALOGUE_GRAPH), iri(BASE + "/data/catalogo"),
                iri("http://purl.org/dc/terms/modified"), Node.ANY).count());
    }

    @Test
    void anEditionPublishedBetweenTwoOthersIsLinkedToBothAndEndsTheValidityOfTheFirst() throws Exception {
        publish(foggia(), "2025-01-01");
        publish(ChangedFoggiaDocument.changed(), "2026-01-01");

        Published between = assertInstanceOf(Published.class, publish(foggiaWithoutOneActivity(), "2025-06-01"));

        DatasetGraph content = storeContent();
        String first = EDITIONS + "2025-01-01";
        String last = EDITIONS + "2026-01-01";
        assertEquals(Optional.of(first), between.previousEdition());
        assertEquals(Set.of(iri(between.edition())), objects(content, last, DCAT + "previousVersion"));
        assertEquals(Set.of(iri(first)), objects(content, between.edition(), DCAT + "previousVersion"));
        assertEquals(Set.of(date("2025-06-01")), objects(content, first + "/validita", DCAT + "endDate"));
        assertEquals(Set.of(date("2025-06-01")), objects(content, between.edition() + "/validita", DCAT + "startDate"));
        assertEquals(Set.of(date("2026-01-01")), objects(content, between.edition() + "/validita", DCAT + "endDate"));
        assertEquals(Set.of(), objects(content, last + "/validita", DCAT + "endDate"));
    }

    @Test
    void aPublicationWhoseStoreChangedSinceItReadTheCatalogueWritesNothing() throws Exception {
        publish(foggia(), "2025-01-01");
        String interloper = "2030-01-01T00:00:00Z";
        try (LocalEditionTarget store = LocalEditionTarget.open(directory)) {
            // Another writer (another instance of the service) changes the store between the read and the write.
            EditionTarget racing = new EditionTarget() {
                @Override
                public java.util.List<CatalogueEdition> editions(ServiceIris iris) {
                    return store.editions(iris);
                }

                @Override
                public java.util.List<Node> catalogueModified(ServiceIris iris) {
                    return store.catalogueModified(iris);
                }

                @Override
                public org.apache.jena.graph.Graph graph(String name) {
                    return store.graph(name);
                }

                @Override
                public void apply(PublicationUpdate publication) {
                    store.update(org.apache.jena.update.UpdateFactory.create("PREFIX dct: <http://purl.org/dc/terms/> "
                            + "DELETE WHERE { GRAPH <" + CATALOGUE_GRAPH + "> { <" + BASE + "/data/catalogo> "
                            + "dct:modified ?m } }; INSERT DATA { GRAPH <" + CATALOGUE_GRAPH + "> { <" + BASE
                            + "/data/catalogo> dct:modified \"" + interloper + "\"^^<http://www.w3.org/2001/XMLSchema#dateTime> } }"));
                    store.apply(publication);
                }
            };
            EditionCandidate second = EditionCandidate.fromDocument(ChangedFoggiaDocument.changed(), "b.txt",
                    new ImportOptions(BASE, "2024", Optional.of(LocalDate.parse("2026-01-01"))));

            PublishRefused refused = assertThrows(PublishRefused.class,
                    () -> new EditionPublisher(racing).publish(second));

            assertTrue(refused.getMessage().contains("nothing was written"), refused.getMessage());
        }
        DatasetGraph content = storeContent();
        assertFalse(hasGraph(content, BASE + "/graph/organigramma/cciaa-di-foggia/2026-01-01"));
        assertEquals(Set.of(NodeFactory.createLiteralDT(interloper,
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime)),
                objects(content, BASE + "/data/catalogo", "http://purl.org/dc/terms/modified"));
    }

    private static final String DCAT = "http://www.w3.org/ns/dcat#";

    private static Set<Node> objects(DatasetGraph content, String subject, String predicate) {
        return content.stream(iri(CATALOGUE_GRAPH), iri(subject), iri(predicate), Node.ANY).map(Quad::getObject)
                .collect(Collectors.toSet());
    }

    private static Node date(String day) {
        return NodeFactory.createLiteralDT(day, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
    }

    private record Run(int exitCode, String output, String errors) {}

    private static Run command(String... arguments) {
        CommandLine line = OrganigrammaCommand.commandLine();
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        line.setOut(new PrintWriter(output, true));
        line.setErr(new PrintWriter(errors, true));
        return new Run(line.execute(arguments), output.toString(), errors.toString());
    }

    @Test
    void thePublishCommandPublishesThenSaysAlreadyPublished() throws Exception {
        Path document = directory.resolve("allegato-c.txt");
        Files.write(document, foggia());
        Path dataDir = directory.resolve("run");

        Run first = command("publish", document.toString(), "--data-dir", dataDir.toString(),
                "--edition-date", "2025-01-01");
        Run second = command("publish", document.toString(), "--data-dir", dataDir.toString(),
                "--edition-date", "2025-01-01", "--format", "json");

        assertEquals(0, first.exitCode(), first.errors());
        assertTrue(first.output().startsWith("published edition 2025-01-01"), first.output());
        assertEquals(0, second.exitCode(), second.errors());
        assertTrue(second.output().contains("\"already-published\""), second.output());
    }

    @Test
    void thePublishCommandRefusesAnotherDocumentForAPublishedDateWithExitTwo() throws Exception {
        Path document = directory.resolve("allegato-c.txt");
        Path changed = directory.resolve("allegato-c-changed.txt");
        Files.write(document, foggia());
        Files.write(changed, foggiaWithoutOneActivity());
        Path dataDir = directory.resolve("run");
        command("publish", document.toString(), "--data-dir", dataDir.toString(), "--edition-date", "2025-01-01");

        Run refused = command("publish", changed.toString(), "--data-dir", dataDir.toString(),
                "--edition-date", "2025-01-01");

        assertEquals(2, refused.exitCode());
        assertTrue(refused.errors().contains("edition 2025-01-01 exists with another document"), refused.errors());
    }

    @Test
    void aDryRunPrintsTheReportAndWritesNothing() throws Exception {
        publish(foggia(), "2025-01-01");
        Set<Quad> before = storeQuads();
        Path good = Files.write(directory.resolve("allegato-c-2026.txt"), ChangedFoggiaDocument.changed());
        Path bad = Files.write(directory.resolve("allegato-c-errato.txt"),
                EditionPublishingIT.withAnOfficeNumberedTwice());

        Run publishable = command("publish", good.toString(), "--data-dir", directory.toString(),
                "--edition-date", "2026-01-01", "--dry-run");
        Run refused = command("publish", bad.toString(), "--data-dir", directory.toString(),
                "--edition-date", "2026-01-01", "--dry-run", "--format", "json");

        assertEquals(0, publishable.exitCode(), publishable.errors());
        assertTrue(publishable.output().contains("Esito: pubblicabile"), publishable.output());
        assertEquals(1, refused.exitCode(), refused.errors());
        assertTrue(refused.output().matches("(?s).*\"severity\" *: *\"Violation\".*"), refused.output());
        assertEquals(before, storeQuads());
    }

    @Test
    void thePublishCommandNeedsAnEditionDate() {
        Run run = command("publish", "whatever.txt", "--data-dir", directory.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.errors().contains("--edition-date"), run.errors());
    }

    @Test
    void aDatabaseHeldByARunningServiceIsRefusedWithExitTwo() throws Exception {
        Path document = directory.resolve("allegato-c.txt");
        Files.write(document, foggia());
        Path dataDir = directory.resolve("run");
        command("publish", document.toString(), "--data-dir", dataDir.toString(), "--edition-date", "2025-01-01");
        // Another JVM holds the database open, as the service does (the holder of StoreBackupTest).
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "it.cciaa.organigramma.store.StoreBackupTest$DatabaseHolder", dataDir.resolve("tdb2").toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(
                    new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = output.readLine()) != null && !line.equals("database open")) {
                // the holder's start-up output
            }
            assertEquals("database open", line, "the holding process opened the database");

            Run refused = command("publish", document.toString(), "--data-dir", dataDir.toString(),
                    "--edition-date", "2025-06-01");

            assertEquals(2, refused.exitCode(), refused.errors());
            assertTrue(refused.errors().contains("is in use by a running service: stop it"), refused.errors());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }
}
