package it.cciaa.organigramma.organigram;

import it.cciaa.organigramma.chart.ChartPdf;
import it.cciaa.organigramma.chart.ChartSvg;
import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The organigram of one edition drawn, as {@code /organigramma} and the Ente's IRI answer it: the SVG that ELK lays
 * out ({@link ChartSvg}), whose boxes link to the unit pages of that edition, or its PDF; named
 * {@code organigramma-{ente}-{key}.svg} for saving. Kept, like every public answer, by the answer cache.
 */
@Component
class OrganigramDrawings {
    private final OrganigramQueries queries;
    private final LinkedDataLinks links;

    OrganigramDrawings(OrganigramQueries queries, LinkedDataLinks links) {
        this.queries = queries;
        this.links = links;
    }

    ResponseEntity<byte[]> answer(Edition edition, ChartFormat format) {
        TreeNode ente = OrganigramController.roots(queries.in(edition.graph())).getFirst();
        String svg = ChartSvg.of(OrganigramChart.of(ente, edition, links::href));
        byte[] body = format == ChartFormat.SVG ? svg.getBytes(StandardCharsets.UTF_8) : ChartPdf.of(svg);
        String name = "organigramma-" + edition.ente() + "-" + edition.key() + "." + format.parameter();
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT)
                .contentType(format == ChartFormat.SVG
                        ? new MediaType(format.mediaType(), StandardCharsets.UTF_8) : format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(body);
    }
}
