package it.cciaa.organigramma.sparql;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.Element1;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * Whether a parsed query nests deeper than a limit: groups, {@code OPTIONAL}, {@code UNION}, subqueries, expressions
 * ({@code 1+1+…} is one level per term) and property paths ({@code <p>/<p>/…} one level per step). Jena writes and
 * evaluates these trees by recursion, in this service and in the store, and a deep enough one overflows a thread's
 * stack (an 8,000-step path did); measured here by a walk that stops at the limit, so that it never recurses deeper
 * itself.
 *
 * <pre>{@code
 * if (NestingDepth.exceeds(query, 200)) { refuse }
 * }</pre>
 */
final class NestingDepth {
    private final int limit;

    private NestingDepth(int limit) {
        this.limit = limit;
    }

    /** Whether {@code query} nests deeper than {@code limit} levels anywhere. */
    static boolean exceeds(Query query, int limit) {
        return new NestingDepth(limit).query(query, 0);
    }

    private boolean query(Query query, int depth) {
        if (depth > limit) {
            return true;
        }
        if (query.getQueryPattern() != null && element(query.getQueryPattern(), depth + 1)) {
            return true;
        }
        if (expressions(query.getProject().getExprs().values(), depth + 1)
                || expressions(query.getGroupBy().getExprs().values(), depth + 1)
                || expressions(query.getHavingExprs(), depth + 1)) {
            return true;
        }
        if (query.getOrderBy() != null) {
            for (SortCondition condition : query.getOrderBy()) {
                if (expression(condition.getExpression(), depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean element(Element element, int depth) {
        if (depth > limit) {
            return true;
        }
        return switch (element) {
            case ElementGroup group -> elements(group.getElements(), depth + 1);
            case ElementUnion union -> elements(union.getElements(), depth + 1);
            case ElementOptional optional -> element(optional.getOptionalElement(), depth + 1);
            case ElementMinus minus -> element(minus.getMinusElement(), depth + 1);
            case ElementNamedGraph graph -> element(graph.getElement(), depth + 1);
            case ElementService service -> element(service.getElement(), depth + 1);
            case ElementLateral lateral -> element(lateral.getLateralElement(), depth + 1);
            case ElementExists exists -> element(exists.getElement(), depth + 1);
            case ElementNotExists notExists -> element(notExists.getElement(), depth + 1);
            case Element1 other -> element(other.getElement(), depth + 1);
            case ElementSubQuery subquery -> query(subquery.getQuery(), depth + 1);
            case ElementFilter filter -> expression(filter.getExpr(), depth + 1);
            case ElementBind bind -> expression(bind.getExpr(), depth + 1);
            case ElementAssign assign -> expression(assign.getExpr(), depth + 1);
            case ElementPathBlock block -> paths(block.getPattern().getList(), depth + 1);
            case null, default -> false; // triples, VALUES: flat
        };
    }

    private boolean elements(List<Element> elements, int depth) {
        for (Element element : elements) {
            if (element(element, depth)) {
                return true;
            }
        }
        return false;
    }

    private boolean expressions(Iterable<Expr> expressions, int depth) {
        if (expressions != null) {
            for (Expr expression : expressions) {
                if (expression(expression, depth)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean expression(Expr expression, int depth) {
        if (depth > limit) {
            return true;
        }
        return switch (expression) {
            case ExprFunctionOp pattern -> element(pattern.getElement(), depth + 1)
                    || expressions(pattern.getArgs(), depth + 1);
            case ExprFunction function -> expressions(function.getArgs(), depth + 1);
            case ExprAggregator aggregate -> aggregate.getAggregator().getExprList() != null
                    && expressions(aggregate.getAggregator().getExprList(), depth + 1);
            case null, default -> false;
        };
    }

    private boolean paths(List<TriplePath> triples, int depth) {
        for (TriplePath triple : triples) {
            if (triple.getPath() != null && path(triple.getPath(), depth)) {
                return true;
            }
        }
        return false;
    }

    private boolean path(Path path, int depth) {
        if (depth > limit) {
            return true;
        }
        return switch (path) {
            case P_Path2 pair -> path(pair.getLeft(), depth + 1) || path(pair.getRight(), depth + 1);
            case P_Path1 single -> path(single.getSubPath(), depth + 1);
            case null, default -> false; // a link, a negated property set
        };
    }
}
