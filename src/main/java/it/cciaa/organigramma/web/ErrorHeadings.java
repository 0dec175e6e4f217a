package it.cciaa.organigramma.web;

import it.cciaa.organigramma.language.Message;

/** The heading of an error answer, by its status: what a person reads before the reason. */
public final class ErrorHeadings {
    private ErrorHeadings() {}

    public static Message of(int status) {
        return switch (status) {
            case 400 -> new Message("Richiesta non valida", "Bad request");
            case 401 -> new Message("Autenticazione richiesta", "Authentication required");
            case 403 -> new Message("Operazione non consentita", "Operation not allowed");
            case 404 -> new Message("Pagina o risorsa non trovata", "Page or resource not found");
            case 405 -> new Message("Metodo non ammesso", "Method not allowed");
            case 406 -> new Message("Formato non disponibile", "Format not available");
            case 409 -> new Message("Conflitto con lo stato attuale", "Conflict with the current state");
            case 410 -> new Message("Risorsa non più disponibile", "Resource gone");
            case 413 -> new Message("Richiesta troppo grande", "Request too large");
            case 415 -> new Message("Tipo di contenuto non ammesso", "Unsupported content type");
            case 422 -> new Message("Contenuto non elaborabile", "Unprocessable content");
            case 429 -> new Message("Troppi tentativi", "Too many attempts");
            case 503 -> new Message("Servizio momentaneamente non disponibile", "Service temporarily unavailable");
            default -> new Message("Si è verificato un errore", "An error occurred");
        };
    }
}
