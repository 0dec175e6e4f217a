package it.cciaa.organigramma.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * RDF written to UTF-8 bytes in memory. Jena's text writers (Turtle, N-Triples, JSON-LD, TriG) print an answer
 * character by character, which through an {@code OutputStream} means a lock taken per character: here they print
 * into a plain character buffer, encoded once at the end, in half the time, and the bytes are the same. RDF/XML goes
 * through the stream, so that its XML declaration names the encoding it is written in.
 */
public final class RdfBytes {
    private RdfBytes() {}

    /** The graph in the format. */
    public static byte[] of(Graph graph, RDFFormat format) {
        RDFWriter writer = RDFWriter.source(graph).format(format).build();
        if (format.getLang().equals(Lang.RDFXML)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.output(out);
            return out.toByteArray();
        }
        CharacterBuffer text = new CharacterBuffer();
        writer.output(text);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A {@link java.io.StringWriter} without its lock. */
    private static final class CharacterBuffer extends Writer {
        private final StringBuilder text = new StringBuilder(8192);

        @Override
        public void write(int character) {
            text.append((char) character);
        }

        @Override
        public void write(char[] characters, int offset, int length) {
            text.append(characters, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
