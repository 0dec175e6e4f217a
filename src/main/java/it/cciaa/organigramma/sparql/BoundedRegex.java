package it.cciaa.organigramma.sparql;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * {@code REGEX} and {@code REPLACE} that stop when the query's time is up. A query's timeout stops its iterators
 * between two solutions, but one call of a regular expression with catastrophic backtracking ({@code (.*a){3}§} over
 * 50,000 characters) is a single step that runs for hours and keeps a core busy after the client had its 503. Here
 * the matcher reads its input through a {@link CharSequence} that checks the query's deadline every few thousand
 * characters read and throws {@link QueryCancelledException} once it is past: the work stops within milliseconds of
 * the deadline, whatever the pattern. Same semantics as SPARQL's (flags as XPath's, through Jena's own
 * {@link RegexEngine#makePattern}).
 *
 * <p>Used for public queries on the embedded store: {@link #bounded(Query)} rewrites the two built-ins into calls of
 * these functions, which only the public queries' function registry knows.
 */
final class BoundedRegex {
    static final String REGEX = "urn:x-organigramma-kg:function:bounded-regex";
    static final String REPLACE = "urn:x-organigramma-kg:function:bounded-replace";
    /**
     * The deadline ({@link System#nanoTime()}) of the public query the current thread runs: the query is planned and
     * read on that thread, constants folded while it is planned included (their context is not the query's).
     */
    static final ThreadLocal<Long> THREAD_DEADLINE = new ThreadLocal<>();
    /** How many characters the matcher reads between two looks at the clock. */
    private static final int CHECK_EVERY = 4096;

    private BoundedRegex() {}

    /** The query with every {@code REGEX} and {@code REPLACE} replaced by its bounded twin. */
    static Query bounded(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN function, ExprList args) {
                if (function instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (function instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                return super.transform(function, args);
            }
        });
    }

    /** Adds the two functions to a registry. */
    static void register(FunctionRegistry registry) {
        registry.put(REGEX, Regex.class);
        registry.put(REPLACE, Replace.class);
    }

    /** The input of a matcher, that stops the match once the deadline has passed. */
    private static final class Deadlined implements CharSequence {
        private final String text;
        private final long deadline;
        private int reads;

        Deadlined(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0 && System.nanoTime() - deadline > 0) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadlined(text.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private abstract static class Bounded extends FunctionBase {
        private final String name;
        private final int fewestArguments;
        private String patternText;
        private String flags;
        private Pattern pattern;

        /** {@code name} takes {@code fewestArguments} arguments, or one more (the flags). */
        Bounded(String name, int fewestArguments) {
            this.name = name;
            this.fewestArguments = fewestArguments;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != fewestArguments && args.size() != fewestArguments + 1) {
                throw new org.apache.jena.query.QueryBuildException(name + ": " + fewestArguments + " or "
                        + (fewestArguments + 1) + " arguments");
            }
        }

        Pattern pattern(NodeValue patternValue, NodeValue flagsValue) {
            String text = NodeValueOps.checkAndGetStringLiteral(name, patternValue).getLiteralLexicalForm();
            String flagText = flagsValue == null ? null
                    : NodeValueOps.checkAndGetStringLiteral(name, flagsValue).getLiteralLexicalForm();
            if (pattern == null || !text.equals(patternText) || !java.util.Objects.equals(flagText, flags)) {
                pattern = RegexEngine.makePattern(name, text, flagText);
                patternText = text;
                flags = flagText;
            }
            return pattern;
        }

        static Deadlined input(Node literal) {
            Long deadline = THREAD_DEADLINE.get();
            // None (not reached by public queries): the longest any query runs.
            long until = deadline != null ? deadline
                    : System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
            return new Deadlined(literal.getLiteralLexicalForm(), until);
        }

    }

    /** {@code REGEX(text, pattern [, flags])}. */
    public static final class Regex extends Bounded {
        public Regex() {
            super("REGEX", 2);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern compiled = pattern(args.get(1), args.size() == 3 ? args.get(2) : null);
            return NodeValue.booleanReturn(compiled.matcher(input(text)).find());
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}. */
    public static final class Replace extends Bounded {
        public Replace() {
            super("REPLACE", 3);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            Pattern compiled = pattern(args.get(1), args.size() == 4 ? args.get(3) : null);
            if (compiled.matcher("").matches()) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            Matcher matcher = compiled.matcher(input(text));
            String replaced;
            try {
                replaced = matcher.replaceAll(replacement);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            String language = text.getLiteralLanguage();
            return NodeValue.makeNode(language == null || language.isEmpty()
                    ? NodeFactory.createLiteralString(replaced) : NodeFactory.createLiteralLang(replaced, language));
        }
    }
}
