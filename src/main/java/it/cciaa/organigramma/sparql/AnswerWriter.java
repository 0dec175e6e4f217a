package it.cciaa.organigramma.sparql;

import it.cciaa.organigramma.linkeddata.RdfBytes;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * Writes an answer in the chosen format within the byte limit: when the whole answer is too large, the largest first
 * part of its rows (or triples) that fits is written instead (found by binary search) and the answer says it was cut
 * at the byte limit.
 */
final class AnswerWriter {
    private final int maxRows;
    private final long maxBytes;

    AnswerWriter(int maxRows, long maxBytes) {
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    WrittenAnswer write(QueryAnswer answer, AnswerFormat format) {
        return switch (answer) {
            case QueryAnswer.Verdict verdict -> new WrittenAnswer(bytes(out -> ResultsWriter.create()
                    .lang(format.lang()).build().write(out, verdict.value())), format, Optional.empty(), 0);
            case QueryAnswer.Solutions solutions -> fit(solutions.rows().size(), solutions.cutAtRowLimit(), format,
                    count -> bytes(out -> ResultsWriter.create().lang(format.lang()).build()
                            .write(out, RowSetStream.create(solutions.variables(), solutions.rows().subList(0, count).iterator()))));
            case QueryAnswer.Triples triples -> fit(triples.triples().size(), triples.cutAtRowLimit(), format,
                    count -> graphBytes(triples, count, format));
        };
    }

    /** Writes a graph of the service's own (its description) without limits: it is small. */
    static byte[] write(Graph graph, AnswerFormat format) {
        return graphBytes(graph, format);
    }

    private WrittenAnswer fit(int size, boolean cutAtRowLimit, AnswerFormat format, IntFunction<byte[]> firstRows) {
        byte[] whole = firstRows.apply(size);
        if (whole.length <= maxBytes) {
            return new WrittenAnswer(whole, format, cutAtRowLimit ? Optional.of("rows") : Optional.empty(), maxRows);
        }
        // The largest count of first rows whose serialization fits; 0 rows always fits in practice.
        byte[] best = firstRows.apply(0);
        int low = 1;
        int high = size - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            byte[] candidate = firstRows.apply(middle);
            if (candidate.length <= maxBytes) {
                best = candidate;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return new WrittenAnswer(best, format, Optional.of("bytes"), maxBytes);
    }

    private static byte[] graphBytes(QueryAnswer.Triples triples, int count, AnswerFormat format) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(triples.prefixes());
        triples.triples().subList(0, count).forEach(graph::add);
        return graphBytes(graph, format);
    }

    private static byte[] graphBytes(Graph graph, AnswerFormat format) {
        if (format.lang().equals(Lang.TRIG)) {
            return bytes(out -> RDFWriter.source(DatasetGraphFactory.wrap(graph)).lang(Lang.TRIG).output(out));
        }
        // Plain RDF/XML and uncompacted JSON-LD: the pretty writers take up to ten times longer on large answers.
        if (format.lang().equals(Lang.RDFXML)) {
            return RdfBytes.of(graph, RDFFormat.RDFXML_PLAIN);
        }
        if (format.lang().equals(Lang.JSONLD)) {
            return RdfBytes.of(graph, RDFFormat.JSONLD11_PLAIN);
        }
        return RdfBytes.of(graph, RDFWriterRegistry.defaultSerialization(format.lang()));
    }

    private static byte[] bytes(Consumer<ByteArrayOutputStream> writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.accept(out);
        return out.toByteArray();
    }
}
