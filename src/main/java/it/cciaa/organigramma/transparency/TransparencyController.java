package it.cciaa.organigramma.transparency;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.EditionData;
import it.cciaa.organigramma.edition.Editions;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /trasparenza/articolazione-uffici}: the "Articolazione degli uffici" of Amministrazione Trasparente (D.Lgs.
 * 33/2013, art. 13) for one chamber ({@code ?ente=}) and edition ({@code ?edizione=}; the current one by default), as
 * a page, JSON, CSV or ODS ({@link TransparencyForm}). The CSV and the ODS come as attachments named after the
 * chamber and the edition.
 */
@Controller
class TransparencyController {
    static final String PATH = "/trasparenza/articolazione-uffici";

    private final TransparencyQueries queries;
    private final Editions editions;

    TransparencyController(TransparencyQueries queries, Editions editions) {
        this.queries = queries;
        this.editions = editions;
    }

    @GetMapping(PATH)
    Object offices(@RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Edition shown = editions.resolve(edition); // the chamber from ?ente=: 400 malformed, 404 unknown
        TransparencyForm form = TransparencyForm.of(format, accept);
        TransparencyQueries inEdition = queries.in(shown.graph());
        OfficeTable table = OfficeTable.of(shown, inEdition.units(), inEdition.competences());
        if (table.offices().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "L'organigramma dell'"
                    + shown.fullLabel() + " non è ancora caricato / the organigram is not loaded yet");
        }
        return switch (form) {
            case HTML -> new ModelAndView("transparency/offices")
                    .addObject("table", table)
                    .addObject("current", editions.isCurrent(shown))
                    .addObject("iri", table.offices().getFirst().unit().iri())
                    .addObject("queries", inEdition.pageQueries());
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(EditionData.of(shown, table));
            case CSV -> download(new MediaType(form.mediaType(), StandardCharsets.UTF_8), table.fileName("csv"),
                    OfficeTableFiles.csv(table));
            case ODS -> download(form.mediaType(), table.fileName("ods"), OfficeTableFiles.ods(table));
        };
    }

    /** A file to save: its type, and its name in {@code Content-Disposition: attachment}. */
    private static ResponseEntity<byte[]> download(MediaType type, String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(content);
    }
}
