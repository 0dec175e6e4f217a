package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.publication.EditionPublisher.AlreadyPublished;
import it.cciaa.organigramma.publication.EditionPublisher.Published;
import it.cciaa.organigramma.publication.EditionPublisher.Rejected;
import it.cciaa.organigramma.publication.EditionService.DryRun;
import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
import it.cciaa.organigramma.validation.ReportPage;
import it.cciaa.organigramma.validation.ReportWriter;
import it.cciaa.organigramma.validation.ResultView.Severity;
import it.cciaa.organigramma.language.Message;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answers to a submitted edition, in the form the client asked for: JSON (the default: these are API calls),
 * plain text (the command line), Turtle (the SHACL report itself) or HTML (the page of the form). Every answer
 * carries {@code X-Violations}, the number of SHACL Violations found.
 */
final class SubmissionAnswers {
    private static final MediaType TURTLE = MediaType.parseMediaType("text/turtle");

    /** The forms of an answer. */
    enum Form { JSON, TEXT, TURTLE, HTML }

    private final LinkedDataLinks links;
    private final Editions editions;

    SubmissionAnswers(LinkedDataLinks links, Editions editions) {
        this.links = links;
        this.editions = editions;
    }

    Object dryRun(Submission submission, DryRun dryRun, Form form, Locale language) {
        Validation validation = dryRun.validation();
        JsonObject json = summary(validation.hasViolations() ? "not-publishable" : "publishable", validation);
        dryRun.alreadyPublished().ifPresent(same -> {
            json.put("alreadyPublishedAs", same.edition());
            json.put("alreadyPublishedKey", same.key());
        });
        json.put("results", ReportWriter.results(validation));
        Message line = new Message((validation.hasViolations() ? "NON pubblicabile" : "pubblicabile") + ": "
                + EditionSubmissionController.countsInItalian(validation)
                + dryRun.alreadyPublished().map(same -> "; già pubblicata come edizione " + same.key()).orElse(""),
                (validation.hasViolations() ? "NOT publishable" : "publishable") + ": "
                + EditionSubmissionController.counts(validation)
                + dryRun.alreadyPublished().map(same -> "; already published as edition " + same.key()).orElse(""));
        return answer(form, language, HttpStatus.OK, submission, validation, json, line, Optional.empty());
    }

    Object published(Submission submission, Published published, Form form, Locale language) {
        JsonObject json = summary("published", published.validation());
        json.put("editionKey", published.editionKey());
        json.put("edition", published.edition());
        json.put("editionGraph", published.editionGraph());
        json.put("reportGraph", published.reportGraph());
        json.put("report", links.href(published.reportGraph()));
        published.previousEdition().ifPresent(previous -> {
            json.put("previousEdition", previous);
            json.put("diff", "/edizioni/differenze?da=" + previous.substring(previous.lastIndexOf('/') + 1)
                    + "&a=" + published.editionKey());
        });
        Message line = new Message("pubblicata l'edizione " + published.editionKey() + " (" + published.edition()
                + "): " + EditionSubmissionController.countsInItalian(published.validation()) + ", rapporto "
                + published.reportGraph() + published.previousEdition().map(p -> ", edizione precedente " + p)
                        .orElse(""),
                "published edition " + published.editionKey() + " (" + published.edition() + "): "
                + EditionSubmissionController.counts(published.validation()) + ", report " + published.reportGraph()
                + published.previousEdition().map(p -> ", previous edition " + p).orElse(""));
        return answer(form, language, HttpStatus.CREATED, submission, published.validation(), json, line,
                Optional.of(links.href(published.edition())));
    }

    Object alreadyPublished(Submission submission, AlreadyPublished already, Form form, Locale language) {
        JsonObject json = new JsonObject();
        json.put("outcome", "already-published");
        json.put("editionKey", already.editionKey());
        json.put("edition", already.edition());
        Message line = new Message("già pubblicata come edizione " + already.editionKey() + " (" + already.edition()
                + "): nulla è cambiato", "already published as edition " + already.editionKey() + " ("
                + already.edition() + "): nothing changed");
        return answer(form, language, HttpStatus.OK, submission, null, json, line, Optional.empty());
    }

    Object rejected(Submission submission, Rejected rejected, Form form, Locale language) {
        Validation validation = rejected.validation();
        JsonObject json = summary("rejected", validation);
        json.put("message", new Message("l'edizione ha violazioni SHACL: non è stato pubblicato nulla",
                "the edition has SHACL Violations: nothing was published").text(language));
        json.put("results", ReportWriter.results(validation));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ReportWriter.write(validation, ReportWriter.Format.TEXT, submission.fileName(), text);
        return answer(form, language, HttpStatus.UNPROCESSABLE_CONTENT, submission, validation, json,
                Message.italian(text.toString(StandardCharsets.UTF_8).stripTrailing()), Optional.empty());
    }

    /** The answer in its form; its one-line summary in the language asked for where written (pages: Italian). */
    private Object answer(Form form, Locale language, HttpStatus status, Submission submission,
            Validation validation, JsonObject json, Message line, Optional<String> location) {
        if (form == Form.HTML) {
            ModelAndView page = new ModelAndView("publication/verify");
            page.setStatus(status);
            page.addObject("submission", submission);
            page.addObject("outcome", json.get("outcome").getAsString().value());
            page.addObject("summary", validation == null ? null : EditionSubmissionController.countsInItalian(validation));
            page.addObject("validation", validation);
            page.addObject("report", validation == null ? null : ReportPage.of(validation));
            for (String edition : List.of("edition", "alreadyPublishedAs")) { // named for people, linked by IRI
                if (json.hasKey(edition)) {
                    String iri = json.get(edition).getAsString().value();
                    page.addObject(edition, iri);
                    page.addObject(edition + "Title", editions.byIri(iri).map(Edition::title)
                            .orElse("l'edizione pubblicata"));
                }
            }
            return page;
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
                .header(HttpHeaders.CONTENT_LANGUAGE, line.language(language).getLanguage());
        location.ifPresent(href -> answer.location(java.net.URI.create(href)));
        if (validation != null) {
            answer.header("X-Violations", Long.toString(validation.count(Severity.VIOLATION)));
        }
        return switch (form) {
            case JSON -> answer.contentType(MediaType.APPLICATION_JSON).body(json.toString());
            case TEXT -> answer.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(line.text(language) + "\n");
            case TURTLE -> {
                if (validation == null) {
                    throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "nessun rapporto di validazione: "
                            + "il documento era già pubblicato / no validation report: the document was already "
                            + "published");
                }
                ByteArrayOutputStream turtle = new ByteArrayOutputStream();
                ReportWriter.write(validation, ReportWriter.Format.TURTLE, submission.fileName(), turtle);
                yield answer.contentType(TURTLE).body(turtle.toString(StandardCharsets.UTF_8));
            }
            case HTML -> throw new IllegalStateException("unreachable");
        };
    }

    private static JsonObject summary(String outcome, Validation validation) {
        JsonObject json = new JsonObject();
        json.put("outcome", outcome);
        json.put("conforms", !validation.hasViolations());
        json.put("violations", validation.count(Severity.VIOLATION));
        json.put("warnings", validation.count(Severity.WARNING));
        json.put("infos", validation.count(Severity.INFO));
        return json;
    }

    /** The form a request asks for; decided before anything is written, so a request it refuses changes nothing. */
    static Form formOf(HttpServletRequest request) {
        return formOf(request.getParameter("format"), request.getHeader(HttpHeaders.ACCEPT));
    }

    /** {@code ?format=} first, then the most preferred type of {@code Accept} the answers have; JSON by default. */
    static Form formOf(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.toLowerCase()) {
                case "json" -> Form.JSON;
                case "text", "txt" -> Form.TEXT;
                case "turtle", "ttl" -> Form.TURTLE;
                case "html" -> Form.HTML;
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "parametro format: «" + format
                        + "» non è json, text, turtle o html / parameter format: not json, text, turtle or html");
            };
        }
        if (accept == null || accept.isBlank()) {
            return Form.JSON;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "intestazione Accept non valida / malformed "
                    + "Accept header");
        }
        types = new java.util.ArrayList<>(types);
        types.sort(Comparator.comparingDouble((MediaType m) -> -m.getQualityValue()));
        for (MediaType type : types) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.isWildcardType()) {
                return Form.JSON;
            }
            if (type.includes(MediaType.TEXT_HTML)) {
                return Form.HTML;
            }
            if (type.includes(MediaType.APPLICATION_JSON)) {
                return Form.JSON;
            }
            if (type.includes(TURTLE)) {
                return Form.TURTLE;
            }
            if (type.includes(MediaType.TEXT_PLAIN)) {
                return Form.TEXT;
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "formati disponibili: application/json, "
                + "text/plain, text/turtle, text/html");
    }
}
