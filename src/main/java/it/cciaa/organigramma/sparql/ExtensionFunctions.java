package it.cciaa.organigramma.sparql;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.springframework.http.HttpStatus;

/**
 * Which functions a public query may call by IRI: the XSD casts of SPARQL 1.1 (17.5) and nothing else. The built-in
 * functions ({@code REGEX}, {@code STRLEN}, {@code NOW} …) are not called by IRI and stay allowed. An extension
 * function or a property function (ARQ's {@code apf:}, {@code list:}, the {@code java:} scheme that loads any class of
 * the classpath by name) runs code the SPARQL standard does not describe and an external store does not have:
 * refused with 400 on every public path, before anything runs.
 */
final class ExtensionFunctions {
    /** The casts of SPARQL 1.1, 17.5 (XPath constructor functions). */
    static final Set<String> ALLOWED = Set.of(XSD.xstring.getURI(), XSD.xboolean.getURI(), XSD.decimal.getURI(),
            XSD.xfloat.getURI(), XSD.xdouble.getURI(), XSD.integer.getURI(), XSD.dateTime.getURI(), XSD.date.getURI(),
            XSD.time.getURI(), XSD.xint.getURI(), XSD.xlong.getURI(), XSD.xshort.getURI(), XSD.xbyte.getURI(),
            XSD.nonNegativeInteger.getURI(), XSD.positiveInteger.getURI(), XSD.nonPositiveInteger.getURI(),
            XSD.negativeInteger.getURI(), XSD.unsignedInt.getURI(), XSD.unsignedLong.getURI(),
            XSD.unsignedShort.getURI(), XSD.unsignedByte.getURI(), XSD.gYear.getURI(), XSD.duration.getURI());

    private ExtensionFunctions() {}

    /** Throws {@link SparqlRequestException} (400) when the query calls a function or property function not allowed. */
    static void refuseOutsideAllowList(Query query) {
        Op op = Algebra.compile(query);
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(triple -> checkPredicate(triple.getPredicate()));
            }

            @Override
            public void visit(OpTriple triple) {
                checkPredicate(triple.getTriple().getPredicate());
            }

            @Override
            public void visit(OpPath path) {
                TriplePath triplePath = path.getTriplePath();
                if (triplePath.isTriple()) {
                    Triple triple = triplePath.asTriple();
                    checkPredicate(triple.getPredicate());
                }
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN function) {
                if (function instanceof E_Function call && !ALLOWED.contains(call.getFunctionIRI())) {
                    throw new SparqlRequestException(HttpStatus.BAD_REQUEST, "La funzione <" + call.getFunctionIRI()
                            + "> non è ammessa: l'endpoint pubblico accetta le funzioni di SPARQL 1.1 e le conversioni "
                            + "XSD (xsd:integer(…) …). / function <" + call.getFunctionIRI() + "> is not allowed: "
                            + "the public endpoint accepts SPARQL 1.1's functions and the XSD casts.");
                }
            }
        });
    }

    /**
     * A predicate ARQ would run as a property function: registered, or loaded by name ({@code java:}, ARQ's
     * {@code apf:} namespace). {@code rdfs:member}, which ARQ registers too, is left as the plain predicate it is in
     * standard SPARQL (the embedded store runs public queries with property functions off).
     */
    private static void checkPredicate(Node predicate) {
        if (predicate.isURI() && !predicate.getURI().equals(RDFS.member.getURI())
                && (predicate.getURI().startsWith("java:") || PropertyFunctionRegistry.get().manages(predicate.getURI()))) {
            throw new SparqlRequestException(HttpStatus.BAD_REQUEST, "La funzione di proprietà <" + predicate.getURI()
                    + "> non è ammessa: l'endpoint pubblico accetta solo SPARQL 1.1 standard. / property function <"
                    + predicate.getURI() + "> is not allowed: the public endpoint accepts standard SPARQL 1.1 only.");
        }
    }
}
