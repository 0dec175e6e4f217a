package it.cciaa.organigramma.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Answers within the byte limit: the largest first part that fits, marked as cut at the byte limit. */
class AnswerWriterTest {
    private static final Var VALUE = Var.alloc("value");

    private static QueryAnswer.Solutions solutions(int count, boolean cut) {
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(BindingFactory.binding(VALUE, NodeFactory.createLiteralString("value number " + i)));
        }
        return new QueryAnswer.Solutions(List.of(VALUE), rows, cut);
    }

    @Test
    void anAnswerWithinTheLimitsIsWrittenWhole() {
        WrittenAnswer written = new AnswerWriter(10_000, 1_000_000).write(solutions(100, false), AnswerFormat.JSON);
        assertThat(written.cut()).isEmpty();
        assertThat(count(ResultSetMgr.read(new ByteArrayInputStream(written.body()), ResultSetLang.RS_JSON))).isEqualTo(100);
    }

    @Test
    void anAnswerCutAtTheRowLimitSaysSo() {
        WrittenAnswer written = new AnswerWriter(100, 1_000_000).write(solutions(100, true), AnswerFormat.CSV);
        assertThat(written.cut()).contains("rows");
        assertThat(written.limit()).isEqualTo(100);
    }

    @Test
    void anAnswerOverTheByteLimitKeepsTheLargestFirstPartThatFits() {
        for (AnswerFormat format : List.of(AnswerFormat.JSON, AnswerFormat.XML, AnswerFormat.CSV, AnswerFormat.TSV)) {
            WrittenAnswer written = new AnswerWriter(10_000, 2_000).write(solutions(500, false), format);
            assertThat(written.body().length).as(format.key()).isLessThanOrEqualTo(2_000);
            assertThat(written.cut()).as(format.key()).contains("bytes");
            assertThat(written.limit()).isEqualTo(2_000);
            ResultSet rows = ResultSetFactory.fromJSON(new ByteArrayInputStream(new AnswerWriter(10_000, 1_000_000)
                    .write(solutions(count(ResultSetMgr.read(new ByteArrayInputStream(written.body()), format.lang())), false),
                            AnswerFormat.JSON).body()));
            int kept = count(rows);
            assertThat(kept).as(format.key()).isPositive();
            // One row more would not have fitted.
            byte[] oneMore = new AnswerWriter(10_000, Long.MAX_VALUE).write(solutions(kept + 1, false), format).body();
            assertThat(oneMore.length).as(format.key()).isGreaterThan(2_000);
        }
    }

    @Test
    void aGraphOverTheByteLimitIsCutToTriplesThatStillParse() {
        List<Triple> triples = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            triples.add(Triple.create(NodeFactory.createURI("urn:example:s" + i), NodeFactory.createURI("urn:example:p"),
                    NodeFactory.createLiteralString("object " + i)));
        }
        QueryAnswer.Triples answer = new QueryAnswer.Triples(triples, PrefixMapping.Factory.create(), false);
        for (AnswerFormat format : AnswerFormat.FOR_GRAPHS) {
            if (format == AnswerFormat.HTML) {
                continue;
            }
            WrittenAnswer written = new AnswerWriter(10_000, 3_000).write(answer, format);
            assertThat(written.body().length).as(format.key()).isLessThanOrEqualTo(3_000);
            assertThat(written.cut()).as(format.key()).contains("bytes");
            Graph parsed = GraphFactory.createDefaultGraph();
            Lang lang = format.lang();
            if (lang.equals(Lang.TRIG)) {
                RDFParser.fromString(new String(written.body(), java.nio.charset.StandardCharsets.UTF_8), lang)
                        .toDatasetGraph().find().forEachRemaining(quad -> parsed.add(quad.asTriple()));
            } else {
                RDFParser.fromString(new String(written.body(), java.nio.charset.StandardCharsets.UTF_8), lang).parse(parsed);
            }
            assertThat(parsed.size()).as(format.key()).isPositive().isLessThan(300);
        }
    }

    private static int count(ResultSet rows) {
        int n = 0;
        while (rows.hasNext()) {
            rows.next();
            n++;
        }
        return n;
    }
}
