package it.cciaa.organigramma.search;

/** A search or completion request that cannot be answered as asked; its message is for the user (400). */
public class InvalidSearchException extends IllegalArgumentException {
    public InvalidSearchException(String message) {
        super(message);
    }
}
