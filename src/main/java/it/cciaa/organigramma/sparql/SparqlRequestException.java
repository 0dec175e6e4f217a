package it.cciaa.organigramma.sparql;

import org.springframework.http.HttpStatus;

/** A request the public endpoint answers with an error status and a message meant for the person who sent it. */
public final class SparqlRequestException extends RuntimeException {
    private final HttpStatus status;

    public SparqlRequestException(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
