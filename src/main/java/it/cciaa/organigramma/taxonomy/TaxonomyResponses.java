package it.cciaa.organigramma.taxonomy;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every answer of the process-map pages shares: {@code Vary: Accept} (one path, several representations), and
 * a 400 or 404 told in the representation the request asked for, an HTML page or a JSON problem.
 */
@ControllerAdvice(assignableTypes = {ProcessMapController.class, ProcessPageController.class})
class TaxonomyResponses {

    @ModelAttribute
    void varyByAccept(HttpServletResponse response) {
        if (response.getHeaders(HttpHeaders.VARY).stream().noneMatch(value -> value.contains(HttpHeaders.ACCEPT))) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }

    @ExceptionHandler(ResponseStatusException.class)
    Object problem(ResponseStatusException failure, HandlerMethod handler, HttpServletResponse response) {
        varyByAccept(response);
        if (answersJson(handler)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(failure.getStatusCode(), failure.getReason());
            return ResponseEntity.status(failure.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return new ModelAndView("taxonomy/problem",
                Map.of("status", failure.getStatusCode().value(), "message", failure.getReason()),
                failure.getStatusCode());
    }

    private static boolean answersJson(HandlerMethod handler) {
        GetMapping mapping = handler.getMethodAnnotation(GetMapping.class);
        return mapping != null && (Arrays.asList(mapping.produces()).contains(MediaType.APPLICATION_JSON_VALUE)
                || Arrays.asList(mapping.params()).contains("format=json"));
    }
}
