package it.cciaa.organigramma.linkeddata;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The bytes written through the character buffer are those Jena writes to a stream, in every format we serve. */
class RdfBytesTest {
    private static final String TURTLE = """
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://w3id.org/organigramma-kg/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1>
                a org:OrganizationalUnit ;
                skos:prefLabel "Ufficio 2.1 – Attività produttive, «1° livello» 🏛"@it ;
                org:unitOf [ skos:notation "A1.1" ; skos:note "città, perché, così\\n\\"citato\\"" ] .
            """;

    static final List<RDFFormat> FORMATS = List.of(RDFFormat.TURTLE_PRETTY, RDFFormat.TURTLE_BLOCKS, RDFFormat.NTRIPLES,
            RDFFormat.JSONLD_PRETTY, RDFFormat.JSONLD11_PLAIN, RDFFormat.RDFXML_PRETTY, RDFFormat.RDFXML_PLAIN);

    @ParameterizedTest
    @FieldSource("FORMATS")
    void writesTheBytesJenaWritesToAStream(RDFFormat format) {
        Graph graph = RDFParser.fromString(TURTLE, Lang.TURTLE).toGraph();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format).output(stream);

        byte[] written = RdfBytes.of(graph, format);

        if (format.getLang().equals(Lang.JSONLD)) { // blank node labels are fresh on each writing
            assertThat(new String(written, UTF_8).replaceAll("_:b\\d+", "_:b"))
                    .isEqualTo(stream.toString(UTF_8).replaceAll("_:b\\d+", "_:b"));
        } else {
            assertThat(written).isEqualTo(stream.toByteArray());
        }
        assertThat(RDFParser.fromString(new String(written, UTF_8), format.getLang())
                .toGraph().isIsomorphicWith(graph)).isTrue();
    }
}
