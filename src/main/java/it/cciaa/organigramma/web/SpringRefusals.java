package it.cciaa.organigramma.web;

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

    static String reason(ErrorResponse refusal) {
        String detail = refusal.getBody().getDetail();
        return switch (refusal) {
            case ResponseStatusException own -> own.getReason();
            case MissingServletRequestParameterException missing -> "Parametro obbligatorio mancante «"
                    + missing.getParameterName() + "» / missing required parameter '" + missing.getParameterName() + "'";
            case MissingServletRequestPartException missing -> "Parte obbligatoria mancante nel modulo «"
                    + missing.getRequestPartName() + "» / missing required form part '" + missing.getRequestPartName()
                    + "'";
            case MissingRequestHeaderException missing -> "Intestazione obbligatoria mancante «" + missing.getHeaderName()
                    + "» / missing required header '" + missing.getHeaderName() + "'";
            case HttpRequestMethodNotSupportedException method -> "Metodo " + method.getMethod() + " non ammesso qui"
                    + (method.getSupportedHttpMethods() == null ? "" : "; ammessi / allowed: "
                            + method.getSupportedHttpMethods().stream().map(Object::toString)
                                    .collect(Collectors.joining(", ")))
                    + " / method " + method.getMethod() + " not allowed here";
            case HttpMediaTypeNotAcceptableException notAcceptable -> "Nessuna rappresentazione nel formato chiesto da "
                    + "Accept; formati / formats: " + notAcceptable.getSupportedMediaTypes().stream()
                            .map(Object::toString).collect(Collectors.joining(", "))
                    + " / no representation in the format Accept asks for";
            case HttpMediaTypeNotSupportedException unsupported -> "Tipo di contenuto non ammesso"
                    + (unsupported.getContentType() == null ? "" : " «" + unsupported.getContentType() + "»")
                    + " / unsupported content type";
            case MethodArgumentTypeMismatchException mismatch -> "Parametro «" + mismatch.getName()
                    + "» non valido / invalid parameter '" + mismatch.getName() + "'";
            case NoResourceFoundException notFound -> "Nessuna pagina a questo indirizzo / no page at this address";
            default -> detail;
        };
    }
}
