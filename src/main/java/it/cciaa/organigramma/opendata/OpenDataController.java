package it.cciaa.organigramma.opendata;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.linkeddata.RdfFormat;
import it.cciaa.organigramma.linkeddata.Representation;
import it.cciaa.organigramma.opendata.Dumps.Dump;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Comparator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** Open data: the page that lists it ({@code /dati}), the dumps, the DCAT-AP_IT catalogue and the VoID description. */
@Controller
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class OpenDataController {
    private final Dumps dumps;
    private final OpenDataQueries queries;
    private final CatalogueDescription catalogue;
    private final CataloguePages cataloguePages;
    private final it.cciaa.organigramma.edition.Editions editions;

    OpenDataController(Dumps dumps, OpenDataQueries queries, CatalogueDescription catalogue,
            CataloguePages cataloguePages, it.cciaa.organigramma.edition.Editions editions) {
        this.dumps = dumps;
        this.queries = queries;
        this.catalogue = catalogue;
        this.cataloguePages = cataloguePages;
        this.editions = editions;
    }

    @GetMapping("/dati")
    ModelAndView page() {
        ModelAndView view = new ModelAndView("opendata/open-data");
        view.addObject("dumps", Dump.values());
        view.addObject("graphs", queries.graphs());
        view.addObject("editions", editions.all().stream()
                .sorted(Comparator.comparing(Edition::date, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .toList());
        view.addObject("chambers", editions.currents());
        return view;
    }

    /** A whole-store dump, or the current edition of the only chamber (several chambers: choose one). */
    @GetMapping("/dump/{file:.+}")
    void dump(@PathVariable String file, HttpServletResponse response) throws IOException {
        Dump dump = dumpNamed(file);
        send(dump, dump.everything() ? null : editions.resolve(null, null), response);
    }

    /** A chamber's current-edition dump: that chamber only, with what its edition uses. */
    @GetMapping("/dump/{ente}/{file:.+}")
    void chamberDump(@PathVariable String ente, @PathVariable String file, HttpServletResponse response)
            throws IOException {
        Dump dump = dumpNamed(file);
        if (dump.everything()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Il file " + file + " riguarda tutto il grafo: "
                    + "è in /dump/" + file + " / the whole-store dump is at /dump/" + file);
        }
        send(dump, editions.resolve(null, ente), response);
    }

    private static Dump dumpNamed(String file) {
        return Dump.ofFileName(file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Nessun file di nome " + file + ": l'elenco è in /dati / no such dump: see /dati"));
    }

    private void send(Dump dump, it.cciaa.organigramma.edition.Edition chamber, HttpServletResponse response)
            throws IOException {
        java.nio.file.Path file = dumps.file(dump, chamber);
        response.setContentType(dump.mediaType() + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + (chamber == null ? ""
                : chamber.ente() + "-") + dump.fileName() + "\"");
        response.setContentLengthLong(java.nio.file.Files.size(file));
        java.nio.file.Files.copy(file, response.getOutputStream());
    }

    /**
     * The DCAT-AP_IT catalogue: RDF by content negotiation or {@code ?format=} (the whole catalogue, whatever the
     * chamber); people get its page ({@link CataloguePages}), of one chamber with {@code ?ente=}.
     */
    @GetMapping("/catalogo")
    ModelAndView catalogue(@RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Representation chosen = Representation.required(format, accept);
        if (chosen instanceof Representation.Html) {
            return new ModelAndView("opendata/catalogue").addObject("catalogue", cataloguePages.page());
        }
        writeRdf(catalogue.catalogue(), chosen, response);
        return null;
    }

    @GetMapping("/void")
    ModelAndView voidDescription(@RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
            throws IOException {
        return rdfOrPage(catalogue.voidDescription(), format, accept, "Descrizione VoID", response);
    }

    /** RDF by content negotiation; browsers get a page that shows the Turtle and links the other forms. */
    private ModelAndView rdfOrPage(Model model, String format, String accept, String title,
            HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Representation chosen = Representation.required(format, accept);
        if (chosen instanceof Representation.Html) {
            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            RDFDataMgr.write(turtle, model, RdfFormat.TURTLE.jenaFormat());
            ModelAndView view = new ModelAndView("opendata/rdf-document");
            view.addObject("title", title);
            view.addObject("turtle", turtle.toString(java.nio.charset.StandardCharsets.UTF_8));
            return view;
        }
        writeRdf(model, chosen, response);
        return null;
    }

    /** The model in the RDF form asked for (JSON-LD for {@code application/json}). */
    private static void writeRdf(Model model, Representation chosen, HttpServletResponse response) throws IOException {
        RdfFormat rdf = chosen instanceof Representation.Rdf r ? r.format() : RdfFormat.JSONLD;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, rdf.jenaFormat());
        response.setContentType(rdf.mediaType() + ";charset=UTF-8");
        response.getOutputStream().write(out.toByteArray());
    }
}
