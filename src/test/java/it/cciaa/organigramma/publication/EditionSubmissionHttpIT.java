package it.cciaa.organigramma.publication;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.edition.ChangedFoggiaDocument;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Documents submitted over HTTP to the live service (which holds the Foggia edition 2025-01-01): the dry run in every
 * form it answers, and the publication's refusals, none of which writes anything.
 */
class EditionSubmissionHttpIT {
    private final LiveService service = LiveService.get();

    private static HttpRequest.Builder post(String path, String contentType, byte[] body, String accept) {
        return HttpRequest.newBuilder(URI.create(LiveService.get().url(path))).timeout(Duration.ofMinutes(2))
                .header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpResponse<String> verify(byte[] document, String accept) {
        return service.send(post("/edizioni/verifica?data=2025-01-01", "text/plain; charset=UTF-8", document, accept)
                .build());
    }

    private HttpResponse<String> publish(String query, String contentType, byte[] document) {
        return service.send(LiveService.signedIn(post("/admin/edizioni" + query, contentType, document,
                "application/json"), LiveService.EDITOR).build());
    }

    /** How many quads the store holds, as the public endpoint counts them. */
    private long quads() {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> answer = service.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        return Long.parseLong(JSON.parse(answer.body()).get("results").getAsObject().get("bindings").getAsArray()
                .get(0).getAsObject().get("n").getAsObject().get("value").getAsString().value());
    }

    @Test
    void aDryRunOfTheFoggiaDocumentIsPublishableAndRecognisesItsEdition() {
        HttpResponse<String> answer = verify(ChangedFoggiaDocument.original(), "application/json");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Violations")).hasValue("0");
        JsonObject report = JSON.parse(answer.body());
        assertThat(report.get("outcome").getAsString().value()).isEqualTo("publishable");
        assertThat(report.get("conforms").getAsBoolean().value()).isTrue();
        assertThat(report.get("alreadyPublishedKey").getAsString().value()).isEqualTo("2025-01-01");
        assertThat(report.get("warnings").getAsNumber().value().intValue()).isPositive();
        assertThat(report.get("results").getAsArray()).allSatisfy(result -> {
            assertThat(result.getAsObject().get("messages").getAsObject().hasKey("it")).isTrue();
            assertThat(result.getAsObject().get("messages").getAsObject().hasKey("en")).isTrue();
        });
    }

    @Test
    void aDryRunAnswersTextTurtleAndAPageToo() {
        HttpResponse<String> text = verify(ChangedFoggiaDocument.changed(), "text/plain");
        HttpResponse<String> turtle = verify(ChangedFoggiaDocument.changed(), "text/turtle");
        HttpResponse<String> html = verify(ChangedFoggiaDocument.changed(), "text/html");

        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.body()).startsWith("pubblicabile: 0 violazioni");
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/turtle"));
        Model report = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(report);
        assertThat(report.contains(null, RDF.type, ResourceFactory.createResource(
                "http://www.w3.org/ns/shacl#ValidationReport"))).isTrue();
        Document page = HtmlPages.parse(html.body());
        assertThat(HtmlPages.texts(page, "//h2[@id='outcome']")).singleElement().asString()
                .contains("Pubblicabile");
        assertThat(HtmlPages.texts(page, "//h2")).contains("Risultati per unità organizzativa", "Risultati per regola");
        List<String> units = HtmlPages.texts(page, "//section[@aria-labelledby='report-by-unit']/details/summary");
        assertThat(units).as("units by code and name, never by slug").isNotEmpty()
                .anySatisfy(title -> assertThat(title).matches("\\d+\\.\\d+ \\p{Lu}.*"))
                .noneSatisfy(title -> assertThat(title).containsPattern("(ufficio|servizio|area|staff)-"));
        assertThat(text.body()).doesNotContainPattern(" · (ufficio|servizio|area|staff)-");
    }

    @Test
    void theFormPageAndAFormUploadWork() {
        Document form = HtmlPages.parse(service.get("/edizioni/verifica", "text/html").body());
        String boundary = "----organigramma-test";
        byte[] document = ChangedFoggiaDocument.original();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n2025-01-01\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"documento\"; filename=\"allegato-c.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(document);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = service.send(post("/edizioni/verifica", "multipart/form-data; boundary="
                + boundary, body.toByteArray(), "application/json").build());

        assertThat(HtmlPages.texts(form, "//form[@method='post']/@action")).containsExactly("/edizioni/verifica");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.parse(answer.body()).get("alreadyPublishedKey").getAsString().value()).isEqualTo("2025-01-01");
    }

    @Test
    void anEditionInTrigIsVerifiedLikeItsDocument() throws Exception {
        ImportOptions options = new ImportOptions(ServiceIris.DEFAULT_BASE, "2024", Optional.of(LocalDate.of(2025, 1, 1)));
        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        RDFDataMgr.write(trig, new AllegatoImporter(options).importDocument(ChangedFoggiaDocument.original(),
                "allegato-c.txt").dataset(), Lang.TRIG);

        HttpResponse<String> fromRdf = service.send(post("/edizioni/verifica", "application/trig",
                trig.toByteArray(), "application/json").build());
        JsonObject fromText = JSON.parse(verify(ChangedFoggiaDocument.original(), "application/json").body());

        assertThat(fromRdf.statusCode()).as(fromRdf.body()).isEqualTo(200);
        JsonObject report = JSON.parse(fromRdf.body());
        assertThat(report.get("alreadyPublishedKey")).isEqualTo(fromText.get("alreadyPublishedKey"));
        assertThat(report.get("warnings")).isEqualTo(fromText.get("warnings"));
        assertThat(report.get("infos")).isEqualTo(fromText.get("infos"));
    }

    @Test
    void whatCannotBeAnEditionIsRefusedSayingWhyAndWhere() {
        HttpResponse<String> notAnAllegato = verify("Verbale della riunione\n\nNiente da vedere.\n"
                .getBytes(StandardCharsets.UTF_8), "application/json");
        HttpResponse<String> badDate = service.send(post("/edizioni/verifica?data=2025-13-01", "text/plain",
                ChangedFoggiaDocument.original(), "application/json").build());
        HttpResponse<String> json = service.send(post("/edizioni/verifica", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), "application/json").build());
        HttpResponse<String> brokenTrig = service.send(post("/edizioni/verifica", "application/trig",
                "<a> <b> <c> .\n<d> <e> \"unterminated .\n".getBytes(StandardCharsets.UTF_8), "application/json")
                .build());

        assertThat(notAnAllegato.statusCode()).isEqualTo(400);
        assertThat(JSON.parse(notAnAllegato.body()).get("detail").getAsString().value()).contains("documento.txt");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("2025-13-01");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(brokenTrig.statusCode()).isEqualTo(400);
        assertThat(brokenTrig.body()).contains("line");
    }

    @Test
    void aPublicationThatCannotBeMadeWritesNothing() {
        long before = quads();

        HttpResponse<String> undated = publish("", "text/plain", ChangedFoggiaDocument.changed());
        HttpResponse<String> again = publish("?data=2025-06-01", "text/plain", ChangedFoggiaDocument.original());
        HttpResponse<String> sameDate = publish("?data=2025-01-01", "text/plain", ChangedFoggiaDocument.changed());
        HttpResponse<String> violations = publish("?data=2027-01-01", "text/plain",
                EditionPublishingIT.withAnOfficeNumberedTwice());

        assertThat(undated.statusCode()).isEqualTo(400);
        assertThat(undated.body()).contains("data");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.parse(again.body()).get("outcome").getAsString().value()).isEqualTo("already-published");
        assertThat(sameDate.statusCode()).isEqualTo(409);
        assertThat(sameDate.body()).contains("2025-01-01");
        HttpResponse<String> unknownForm = service.send(LiveService.signedIn(post("/admin/edizioni?data=2027-02-01"
                + "&format=xml", "text/plain", ChangedFoggiaDocument.changed(), "application/json"), LiveService.EDITOR)
                .build());
        HttpResponse<String> oddName = service.send(post("/edizioni/verifica?data=2025-01-01", "text/plain",
                ChangedFoggiaDocument.original(), "text/plain").header("Content-Disposition",
                "attachment; filename=\"%zz.txt\"").build());

        assertThat(unknownForm.statusCode()).as("refused before anything is written").isEqualTo(400);
        assertThat(oddName.statusCode()).isEqualTo(200);
        assertThat(violations.statusCode()).isEqualTo(422);
        assertThat(JSON.parse(violations.body()).get("violations").getAsNumber().value().intValue()).isEqualTo(1);
        assertThat(quads()).isEqualTo(before);
    }
}
