package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.capacity.Claimant;
import it.cciaa.organigramma.capacity.FairSlots;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.publication.EditionPublisher.AlreadyPublished;
import it.cciaa.organigramma.publication.EditionPublisher.Outcome;
import it.cciaa.organigramma.publication.EditionPublisher.Published;
import it.cciaa.organigramma.publication.EditionPublisher.PublishRefused;
import it.cciaa.organigramma.publication.EditionPublisher.Rejected;
import it.cciaa.organigramma.publication.EditionService.DryRun;
import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
import it.cciaa.organigramma.validation.ResultView.Severity;
import it.cciaa.organigramma.language.Message;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Editions submitted over HTTP: {@code POST /admin/edizioni} publishes (editors only: see the security rules),
 * {@code POST /edizioni/verifica} is the dry run anyone may ask for, and {@code GET /edizioni/verifica} the form for
 * people. The document comes as the request body ({@code text/plain}) or as the {@code documento} part of a form,
 * the edition date as the {@code data} parameter; an edition may come as RDF instead ({@code application/trig},
 * {@code application/n-quads}: the graphs {@code import} writes), dated by its catalogue entry. Answers: JSON by
 * default, text, Turtle (the SHACL report) or HTML
 * as {@code Accept} or {@code ?format=} asks ({@link SubmissionAnswers}).
 */
@Controller
class EditionSubmissionController {
    static final String PUBLISH = "/admin/edizioni";
    static final String VERIFY = "/edizioni/verifica";
    private static final String TRIG = "application/trig";
    private static final String NQUADS = "application/n-quads";
    /** When to try a refused dry run again: about the time one takes. */
    private static final Duration DRY_RUN_RETRY = Duration.ofSeconds(5);

    private final EditionService editions;
    private final SubmissionAnswers answers;

    EditionSubmissionController(EditionService editions, LinkedDataLinks links, Editions catalogue) {
        this.editions = editions;
        this.answers = new SubmissionAnswers(links, catalogue);
    }

    @GetMapping(VERIFY)
    ModelAndView form() {
        return new ModelAndView("publication/verify");
    }

    @PostMapping(path = VERIFY, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Object verifyForm(@RequestPart("documento") MultipartFile document,
            @RequestParam(name = "data", required = false) String date, HttpServletRequest request)
            throws IOException {
        return inDryRunSlot(request, () -> verify(Submission.ofPart(document, date), request));
    }

    @PostMapping(path = VERIFY, consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
            TRIG, NQUADS})
    Object verifyBody(@RequestParam(name = "data", required = false) String date, HttpServletRequest request)
            throws IOException {
        return inDryRunSlot(request, () -> verify(Submission.ofBody(request, date), request));
    }

    @PostMapping(path = PUBLISH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Object publishForm(@RequestPart("documento") MultipartFile document,
            @RequestParam(name = "data", required = false) String date, HttpServletRequest request)
            throws IOException {
        return publish(Submission.ofPart(document, date), request);
    }

    @PostMapping(path = PUBLISH, consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
            TRIG, NQUADS})
    Object publishBody(@RequestParam(name = "data", required = false) String date, HttpServletRequest request)
            throws IOException {
        return publish(Submission.ofBody(request, date), request);
    }

    private Object inDryRunSlot(HttpServletRequest request, EditionService.DryRunWork<Object> work)
            throws IOException {
        try {
            return editions.inDryRunSlot(Claimant.of(request), work);
        } catch (FairSlots.Refused refused) {
            throw switch (refused.reason()) {
                case ALL_TAKEN -> retryLater(HttpStatus.SERVICE_UNAVAILABLE, "tutti i posti per le verifiche sono "
                        + "occupati: riprovare tra qualche secondo / every dry-run slot is taken: retry in a few seconds");
                case OWN_SHARE -> retryLater(HttpStatus.TOO_MANY_REQUESTS, "da questo indirizzo sono già in corso "
                        + refused.share() + " verifiche, il massimo per un client: attendere che finiscano / "
                        + refused.share() + " dry runs from this address are already running, the most one client "
                        + "may have: wait for them to end");
            };
        }
    }

    /** A refusal that tells when to try again ({@code Retry-After}): a dry run takes a few seconds. */
    private static ResponseStatusException retryLater(HttpStatus status, String reason) {
        return new ResponseStatusException(status, reason) {
            @Override
            public HttpHeaders getHeaders() {
                HttpHeaders headers = new HttpHeaders();
                headers.set(HttpHeaders.RETRY_AFTER, Long.toString(DRY_RUN_RETRY.toSeconds()));
                return headers;
            }
        };
    }

    private Object verify(Submission submission, HttpServletRequest request) {
        SubmissionAnswers.Form form = SubmissionAnswers.formOf(request);
        DryRun dryRun = editions.verify(candidate(submission));
        return answers.dryRun(submission, dryRun, form, Message.preferred(request));
    }

    private Object publish(Submission submission, HttpServletRequest request) {
        SubmissionAnswers.Form form = SubmissionAnswers.formOf(request);
        if (submission.date().isEmpty() && submission.rdf().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "manca il parametro data (AAAA-MM-GG): la data "
                    + "dell'atto che approva l'organigramma dà il nome all'edizione / the data parameter "
                    + "(YYYY-MM-DD) is missing: it names the edition");
        }
        Outcome outcome;
        try {
            outcome = editions.publish(candidate(submission));
        } catch (PublishRefused e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        return switch (outcome) {
            case Published published -> answers.published(submission, published, form, Message.preferred(request));
            case AlreadyPublished already -> answers.alreadyPublished(submission, already, form, Message.preferred(request));
            case Rejected rejected -> answers.rejected(submission, rejected, form, Message.preferred(request));
        };
    }

    private EditionCandidate candidate(Submission submission) {
        try {
            return editions.candidate(submission.document(), submission.fileName(), submission.date(),
                    submission.rdf());
        } catch (EditionService.UnusableSubmission e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** "3 Violation, 64 Warning, 24 Info". */
    /** The counts by severity, in Italian. */
    static String countsInItalian(Validation validation) {
        return validation.count(Severity.VIOLATION) + " violazioni, " + validation.count(Severity.WARNING)
                + " avvisi, " + validation.count(Severity.INFO) + " informazioni";
    }

    static String counts(Validation validation) {
        return validation.count(Severity.VIOLATION) + " Violation, " + validation.count(Severity.WARNING)
                + " Warning, " + validation.count(Severity.INFO) + " Info";
    }
}
