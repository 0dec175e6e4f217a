package it.cciaa.organigramma.web;

import it.cciaa.organigramma.language.Message;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}, where the servlet container sends what failed outside Spring MVC (an exception in a filter, a
 * method the servlet does not serve): answered in the service's style like {@link ErrorAnswers}, instead of Spring
 * Boot's own JSON. Asked for directly, it is a page that does not exist (404).
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                && HttpStatus.resolve(value).isError() ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
        Message reason = switch (status) {
            case BAD_REQUEST -> new Message("Richiesta non valida.", "Bad request.");
            case NOT_FOUND -> new Message("Nessuna pagina a questo indirizzo.", "No page at this address.");
            case METHOD_NOT_ALLOWED -> new Message("Metodo " + request.getMethod() + " non ammesso qui.", "Method "
                    + request.getMethod() + " not allowed here.");
            case CONTENT_TOO_LARGE -> new Message("Richiesta troppo grande.", "Request too large.");
            default -> null;
        };
        return ErrorAnswers.render(status, reason, request, response);
    }
}
