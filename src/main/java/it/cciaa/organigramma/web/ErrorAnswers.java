package it.cciaa.organigramma.web;

import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.language.Message;
import it.cciaa.organigramma.store.StoreFailure;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * How errors reach clients: an HTML page for browsers, RFC 9457 problem JSON for programs that accept JSON, a line
 * of text for the rest, with the status and the reason
 * we wrote ourselves (a 404's "unknown unit …", a 400's "bad parameter …"). An unexpected failure is logged here with
 * its stack trace and answers 500 with no detail: nothing internal ever reaches a client.
 */
@ControllerAdvice
class ErrorAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    private final Editions editions;
    private final String maxUpload;
    private final int maxParts;

    ErrorAnswers(Editions editions, @Value("${spring.servlet.multipart.max-request-size:6MB}") String maxUpload,
            @Value("${server.tomcat.max-part-count:50}") int maxParts) {
        this.editions = editions;
        this.maxUpload = maxUpload;
        this.maxParts = maxParts;
    }

    /**
     * A page that exists once per chamber, asked for without one in a store of several: people get the list of the
     * same page in each chamber; programs get 400 with the candidates.
     */
    @ExceptionHandler(Editions.ChamberRequired.class)
    Object chooseChamber(Editions.ChamberRequired required, HttpServletRequest request,
            HttpServletResponse response) {
        if (ErrorForm.of(request.getHeader(HttpHeaders.ACCEPT)) != ErrorForm.HTML || !"GET".equals(request.getMethod())) {
            return answer(required, request, response);
        }
        Map<String, String> names = new java.util.HashMap<>();
        editions.currents().forEach(edition -> names.put(edition.ente(), edition.chamberLabel()));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<Choice> choices = required.chambers().stream().map(ente -> new Choice(names.getOrDefault(ente, ente),
                UriComponentsBuilder.fromPath(path).query(request.getQueryString())
                        .replaceQueryParam(Editions.CHAMBER_PARAMETER, ente).build().encode().toUriString()))
                .sorted(java.util.Comparator.comparing(Choice::name)).toList();
        return new ModelAndView("national/choose").addObject("choices", choices);
    }

    /** One chamber to choose: its name and the page asked for in it. */
    record Choice(String name, String link) {}

    @ExceptionHandler(Exception.class)
    Object answer(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        if (clientLeft(exception)) { // nobody to answer, and nothing wrong here or in the store
            LOG.debug("{} {}: the client left before its answer was sent", request.getMethod(), request.getRequestURI());
            return null;
        }
        HttpStatusCode status = HttpStatus.INTERNAL_SERVER_ERROR;
        Message reason = null;
        if (exception instanceof MultipartException multipart) { // before the store check: its cause is an IOException
            status = multipart instanceof MaxUploadSizeExceededException ? HttpStatus.CONTENT_TOO_LARGE
                    : HttpStatus.BAD_REQUEST;
            reason = status == HttpStatus.CONTENT_TOO_LARGE ? new Message("Invio troppo grande: al massimo " + maxUpload
                    + " in tutto e " + maxParts + " parti.", "Upload too large: at most " + maxUpload + " in all and "
                    + maxParts + " parts.") : new Message("Corpo multipart non leggibile (confine mancante, parti "
                    + "troncate).", "Malformed multipart body (missing boundary, truncated parts).");
        } else if (exception instanceof InvalidParameterException unreadable) { // one the filter did not read first
            status = HttpStatus.valueOf(unreadable.getErrorCode());
            reason = new Message("Parametri della richiesta non leggibili (codifica non valida, troppi o troppo "
                    + "grandi).", "Request parameters cannot be read (invalid encoding, too many or too large).");
        } else if (exception instanceof ErrorResponse known) {
            status = known.getStatusCode();
            reason = SpringRefusals.reason(known);
            // the headers the error names (Retry-After, Allow, Accept…), whatever form the answer takes
            known.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        } else if (exception instanceof RuntimeException failure && StoreFailure.unreachable(failure)) {
            LOG.warn("{} {}: the store cannot be reached ({})", request.getMethod(), request.getRequestURI(),
                    StoreFailure.cause(failure));
            return storeUnreachable(request, response);
        }
        if (status.value() == 500) { // unexpected: the stack trace is for us, nothing of it for the client
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), exception);
            reason = null;
        } else if (status.is5xxServerError()) { // a state we named (no edition yet, store failed): one line
            LOG.warn("{} {}: {} {}", request.getMethod(), request.getRequestURI(), status.value(),
                    reason == null ? "" : reason.italian());
        }
        return render(status, reason, request, response);
    }

    /** Whether writing the answer failed because the client closed the connection. */
    private static boolean clientLeft(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AsyncRequestNotUsableException || cause instanceof ClientAbortException) {
                return true;
            }
        }
        return false;
    }

    /** 503 with Retry-After: the store does not answer now (health says why, to operators). */
    private Object storeUnreachable(HttpServletRequest request, HttpServletResponse response) {
        Object answer = render(HttpStatus.SERVICE_UNAVAILABLE, new Message("L'archivio dei dati non risponde in "
                + "questo momento: riprovare tra qualche secondo.", "The data store cannot be reached right now: try "
                + "again shortly."), request, response);
        if (answer instanceof ResponseEntity<?> entity) {
            return ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, "10").body(entity.getBody());
        }
        return answer;
    }

    /**
     * The answer in the form {@code Accept} asks for (the error page, problem JSON, or a line of text), in the language
     * {@code Accept-Language} asks for when the reason exists in it, with {@code Content-Language} saying which.
     */
    static Object render(HttpStatusCode status, Message reason, HttpServletRequest request,
            HttpServletResponse response) {
        Message heading = ErrorHeadings.of(status.value());
        Locale language = (reason == null ? heading : reason).language(Message.preferred(request));
        String title = heading.text(language);
        String detail = reason == null ? null : reason.text(language);
        Message.answerIn(request, language);
        response.setLocale(language);
        ErrorForm form = ErrorForm.of(request.getHeader(HttpHeaders.ACCEPT));
        if (form == ErrorForm.HTML) {
            ModelAndView view = new ModelAndView("error");
            view.setStatus(status);
            view.addObject("status", status.value());
            view.addObject("title", title);
            view.addObject("reason", detail);
            view.addObject("language", language.getLanguage());
            view.addObject("english", language.equals(Locale.ENGLISH));
            return view;
        }
        if (form == ErrorForm.JSON) {
            org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatus(status);
            problem.setDetail(detail);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage()).body(problem);
        }
        String text = status.value() + (detail == null ? "" : " " + detail) + "\n";
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage()).body(text);
    }
}
