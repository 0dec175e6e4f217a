package it.cciaa.organigramma.admin;

import it.cciaa.organigramma.store.KgProperties;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /admin/update} (editors): a SPARQL 1.1 Update, as the body ({@code application/sparql-update}) or the
 * {@code update} field of a form. It is parsed here first, so that a syntax error answers 400 with its line and
 * column and nothing reaches the store; then it runs as one request together with the new catalogue
 * {@code dct:modified}. Success: 204 No Content.
 */
@Controller
class UpdateController {
    static final String PATH = "/admin/update";
    static final String SPARQL_UPDATE = "application/sparql-update";

    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    private final StoreWriter writer;
    private final String base;

    UpdateController(StoreWriter writer, KgProperties properties) {
        this.writer = writer;
        this.base = properties.iris().uriSpace();
    }

    @PostMapping(path = PATH, consumes = SPARQL_UPDATE)
    ResponseEntity<Void> direct(@RequestBody(required = false) byte[] body, Principal user) {
        return run(body == null ? "" : new String(body, StandardCharsets.UTF_8), user);
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> form(@RequestParam(name = "update", required = false) String update, Principal user) {
        return run(update == null ? "" : update, user);
    }

    private ResponseEntity<Void> run(String text, Principal user) {
        UpdateRequest request = parse(text);
        writer.write(request, user.getName());
        return ResponseEntity.noContent().build();
    }

    /** The update, parsed; 400 for an empty one, a syntax error (line, column) or a LOAD. */
    private UpdateRequest parse(String text) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text, base);
        } catch (QueryParseException e) {
            // The exception carries the last good token's position; the parser's message names the offending one.
            Matcher at = POSITION.matcher(String.valueOf(e.getMessage()));
            boolean named = at.find();
            long line = named ? Long.parseLong(at.group(1)) : e.getLine();
            long column = named ? Long.parseLong(at.group(2)) : e.getColumn();
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Errore di sintassi nell'aggiornamento SPARQL"
                    + " alla riga " + line + ", colonna " + column + " / Syntax error in the SPARQL Update at line "
                    + line + ", column " + column + ": " + firstLine(e.getMessage()));
        }
        if (request.getOperations().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Nessuna operazione: inviare l'aggiornamento "
                    + "come corpo " + SPARQL_UPDATE + " o nel campo update di un modulo / No operation: send the "
                    + "update as an " + SPARQL_UPDATE + " body or as the update form field.");
        }
        if (request.getOperations().stream().anyMatch(UpdateLoad.class::isInstance)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "LOAD non è ammesso (l'archivio non scarica "
                    + "dati dalla rete): inviare i dati con PUT o POST su /admin/graph-store / LOAD is not allowed: "
                    + "send the data to /admin/graph-store.");
        }
        return request;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
