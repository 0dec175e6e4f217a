package it.cciaa.organigramma.web;

import it.cciaa.organigramma.language.Message;
import java.util.stream.Collectors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The reason of a refusal Spring MVC makes itself (a missing parameter, a method or a media type it does not serve),
 * in the service's two languages instead of Spring's English; the reasons the service's own code gives are kept.
 */
final class SpringRefusals {
    private SpringRefusals() {}

    static Message reason(ErrorResponse refusal) {
        String detail = refusal.getBody().getDetail();
        return switch (refusal) {
            case ResponseStatusException own -> own.getReason() == null ? null : Message.of(own.getReason());
            case MissingServletRequestParameterException missing -> new Message("Parametro obbligatorio mancante «"
                    + missing.getParameterName() + "»", "Missing required parameter '" + missing.getParameterName()
                    + "'");
            case MissingServletRequestPartException missing -> new Message("Parte obbligatoria mancante nel modulo «"
                    + missing.getRequestPartName() + "»", "Missing required form part '" + missing.getRequestPartName()
                    + "'");
            case MissingRequestHeaderException missing -> new Message("Intestazione obbligatoria mancante «"
                    + missing.getHeaderName() + "»", "Missing required header '" + missing.getHeaderName() + "'");
            case HttpRequestMethodNotSupportedException method -> {
                String allowed = method.getSupportedHttpMethods() == null ? null : method.getSupportedHttpMethods()
                        .stream().map(Object::toString).collect(Collectors.joining(", "));
                yield new Message("Metodo " + method.getMethod() + " non ammesso qui"
                        + (allowed == null ? "" : "; ammessi: " + allowed), "Method " + method.getMethod()
                        + " not allowed here" + (allowed == null ? "" : "; allowed: " + allowed));
            }
            case HttpMediaTypeNotAcceptableException notAcceptable -> {
                String formats = notAcceptable.getSupportedMediaTypes().stream().map(Object::toString)
                        .collect(Collectors.joining(", "));
                yield new Message("Nessuna rappresentazione nel formato chiesto da Accept; formati: " + formats,
                        "No representation in the format Accept asks for; formats: " + formats);
            }
            case HttpMediaTypeNotSupportedException unsupported -> {
                String type = unsupported.getContentType() == null ? "" : " «" + unsupported.getContentType() + "»";
                yield new Message("Tipo di contenuto non ammesso" + type, "Unsupported content type" + type);
            }
            case MethodArgumentTypeMismatchException mismatch -> new Message("Parametro «" + mismatch.getName()
                    + "» non valido", "Invalid parameter '" + mismatch.getName() + "'");
            case NoResourceFoundException notFound -> new Message("Nessuna pagina a questo indirizzo",
                    "No page at this address");
            default -> detail == null ? null : new Message(ErrorHeadings.of(refusal.getStatusCode().value())
                    .italian(), detail);
        };
    }
}
