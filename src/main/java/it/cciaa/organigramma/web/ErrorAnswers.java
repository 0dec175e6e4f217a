package it.cciaa.organigramma.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    @ExceptionHandler(Exception.class)
    Object answer(Exception exception, HttpServletRequest request) {
        HttpStatusCode status = HttpStatus.INTERNAL_SERVER_ERROR;
        String reason = null;
        if (exception instanceof ErrorResponse known) {
            status = known.getStatusCode();
            reason = known.getBody().getDetail();
        }
        if (status.is5xxServerError()) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), exception);
            reason = status.value() == 500 ? null : reason;
        }
        ErrorForm form = ErrorForm.of(request.getHeader(HttpHeaders.ACCEPT));
        if (form == ErrorForm.HTML) {
            ModelAndView view = new ModelAndView("error");
            view.setStatus(status);
            view.addObject("status", status.value());
            view.addObject("reason", reason);
            return view;
        }
        if (form == ErrorForm.JSON) {
            org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatus(status);
            problem.setDetail(reason);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        String text = status.value() + (reason == null ? "" : " " + reason) + "\n";
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8").body(text);
    }
}
