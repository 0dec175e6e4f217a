package it.cciaa.organigramma.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Finds a {@code SERVICE} clause anywhere in a query's syntax tree. {@link ElementWalker} alone does not enter
 * subqueries nor the graph patterns inside expressions, so this walk also follows {@code SELECT} subqueries,
 * {@code EXISTS} / {@code NOT EXISTS} in filters, binds, projections, grouping, {@code HAVING}, {@code ORDER BY} and
 * aggregate arguments.
 */
final class ServiceClauses {
    private ServiceClauses() {}

    /** Whether the query, at any depth, asks for a {@code SERVICE}. */
    static boolean occurIn(Query query) {
        Finder finder = new Finder();
        finder.walk(query);
        return finder.found;
    }

    private static final class Finder extends ElementVisitorBase {
        private boolean found;
        private final ExprVisitorBase expressions = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp pattern) {
                if (pattern.getElement() != null) {
                    walk(pattern.getElement());
                }
            }

            @Override
            public void visit(ExprAggregator aggregate) {
                if (aggregate.getAggregator().getExprList() != null) {
                    aggregate.getAggregator().getExprList().forEach(Finder.this::walk);
                }
            }
        };

        void walk(Query query) {
            if (query.getQueryPattern() != null) {
                walk(query.getQueryPattern());
            }
            query.getProject().getExprs().values().forEach(this::walk);
            query.getGroupBy().getExprs().values().forEach(this::walk);
            query.getHavingExprs().forEach(this::walk);
            if (query.getOrderBy() != null) {
                query.getOrderBy().stream().map(SortCondition::getExpression).forEach(this::walk);
            }
            query.getAggregators().forEach(this::walk);
        }

        void walk(Element element) {
            ElementWalker.walk(element, this);
        }

        void walk(Expr expression) {
            Walker.walk(expression, expressions);
        }

        @Override
        public void visit(ElementService service) {
            found = true;
        }

        @Override
        public void visit(ElementSubQuery subQuery) {
            walk(subQuery.getQuery());
        }

        @Override
        public void visit(ElementFilter filter) {
            walk(filter.getExpr());
        }

        @Override
        public void visit(ElementBind bind) {
            walk(bind.getExpr());
        }

        @Override
        public void visit(ElementAssign assign) {
            walk(assign.getExpr());
        }

        @Override
        public void visit(ElementExists exists) {
            walk(exists.getElement());
        }

        @Override
        public void visit(ElementNotExists notExists) {
            walk(notExists.getElement());
        }
    }
}
