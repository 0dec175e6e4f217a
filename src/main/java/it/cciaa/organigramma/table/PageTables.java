package it.cciaa.organigramma.table;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tables one page shows, by name, the first its main one: {@code ?format=csv} (or {@code Accept: text/csv}) gives
 * the main table, {@code &tabella=NAME} another one. Each is built only when asked for. The page links each table's
 * CSV ({@link #links}); the file is named {@code {fileName}-{table}.csv}.
 *
 * <pre>{@code
 * PageTables tables = new PageTables("unita-ufficio-4-1-cciaa-di-foggia-2025-01-01")
 *         .with("attivita", () -> activities(page)).with("norme", () -> laws(page));
 * return tables.csv(request.getParameter(PageTables.PARAMETER));
 * }</pre>
 */
public final class PageTables {
    /** The request parameter that names a table of the page. */
    public static final String PARAMETER = "tabella";

    private final String fileName;
    private final SequencedMap<String, Supplier<Table>> tables = new LinkedHashMap<>();

    public PageTables(String fileName) {
        this.fileName = fileName;
    }

    /** The page's next table (the first one added is the main one). */
    public PageTables with(String name, Supplier<Table> table) {
        tables.put(name, table);
        return this;
    }

    /** The table {@code ?tabella=} names (blank: the main one) as CSV; 400 naming the page's tables if none has it. */
    public ResponseEntity<byte[]> csv(String name) {
        String chosen = name == null || name.isBlank() ? tables.firstEntry().getKey() : name.strip();
        Supplier<Table> table = tables.get(chosen);
        if (table == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro «" + PARAMETER + "»: questa pagina "
                    + "non ha una tabella «" + name + "»; ha " + String.join(", ", tables.keySet()) + " / unknown "
                    + "table");
        }
        return TableForm.csv(table.get(), fileName + "-" + chosen);
    }

    /**
     * Where each table's CSV is, by table name: the address of the page being answered with {@code format=csv} and
     * {@code tabella=NAME} (its other parameters kept, {@code ?edizione=} among them).
     */
    public Map<String, String> links(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String name : tables.keySet()) {
            links.put(name, UriComponentsBuilder.fromPath(request.getRequestURI())
                    .query(request.getQueryString())
                    .replaceQueryParam("format", "csv")
                    .replaceQueryParam(PARAMETER, name)
                    .build().toUriString());
        }
        return links;
    }
}
