package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.publication.EditionPublisher.AlreadyPublished;
import it.cciaa.organigramma.publication.EditionPublisher.Outcome;
import it.cciaa.organigramma.publication.EditionPublisher.Published;
import it.cciaa.organigramma.publication.EditionPublisher.PublishRefused;
import it.cciaa.organigramma.publication.EditionPublisher.Rejected;
import it.cciaa.organigramma.publication.EditionService.DryRun;
import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
import it.cciaa.organigramma.validation.ResultView.Severity;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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

    private final EditionService editions;
    private final SubmissionAnswers answers;

    EditionSubmissionController(EditionService editions, LinkedDataLinks links) {
        this.editions = editions;
        this.answers = new SubmissionAnswers(links);
    }

    @GetMapping(VERIFY)
    ModelAndView form() {
        return new ModelAndView("publication/verify");
    }

    @PostMapping(path = VERIFY, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Object verifyForm(@RequestPart("documento") MultipartFile document,
            @RequestParam(name = "data", required = false) String date, HttpServletRequest request)
            throws IOException {
        return inDryRunSlot(() -> verify(Submission.ofPart(document, date), request));
    }

    @PostMapping(path = VERIFY, consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
            TRIG, NQUADS})
    Object verifyBody(@RequestParam(name = "data", required = false) String date, HttpServletRequest request)
            throws IOException {
        return inDryRunSlot(() -> verify(Submission.ofBody(request, date), request));
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

    private Object inDryRunSlot(EditionService.DryRunWork<Object> work) throws IOException {
        try {
            return editions.inDryRunSlot(work);
        } catch (EditionService.Busy e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        }
    }

    private Object verify(Submission submission, HttpServletRequest request) {
        SubmissionAnswers.Form form = SubmissionAnswers.formOf(request);
        DryRun dryRun = editions.verify(candidate(submission));
        return answers.dryRun(submission, dryRun, form);
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
            case Published published -> answers.published(submission, published, form);
            case AlreadyPublished already -> answers.alreadyPublished(submission, already, form);
            case Rejected rejected -> answers.rejected(submission, rejected, form);
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
    static String counts(Validation validation) {
        return validation.count(Severity.VIOLATION) + " Violation, " + validation.count(Severity.WARNING)
                + " Warning, " + validation.count(Severity.INFO) + " Info";
    }
}
