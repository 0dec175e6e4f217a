package it.cciaa.organigramma.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code EXISTS} and {@code NOT EXISTS} that remember their answers within one execution. ARQ evaluates them once per
 * solution, each time substituting the solution into the pattern and running it; but the answer depends only on the
 * values of the variables the pattern mentions (and the graph it is read in), and these often take a handful of
 * values over thousands of solutions: a resource's description filters every triple by the graph it comes from. Here
 * the answer for each combination of those values is kept (at most {@value #MOST_KEPT}), so the pattern runs once
 * per combination.
 *
 * <p>Installed on the embedded store as its optimizer ({@link #OPTIMIZER}: ARQ's standard one, then this rewrite),
 * so every query on it, public or internal, gets it; an external store plans its own queries.
 */
final class MemoizedExists extends ExprFunction1 {
    /** The most answers one {@code EXISTS} keeps in one execution; past it, the others are computed each time. */
    static final int MOST_KEPT = 10_000;

    /** ARQ's standard optimization, then each {@code EXISTS} and {@code NOT EXISTS} made to remember its answers. */
    static final RewriteFactory OPTIMIZER = context -> op -> Transformer.transform(new TransformCopy(),
            new Memoizing(), Optimize.stdOptimizationFactory.create(context).rewrite(op));

    private final List<Var> mentioned;
    private final Map<List<Object>, NodeValue> answers = new HashMap<>();

    MemoizedExists(Expr exists) {
        super(exists, "memoized");
        Collection<Var> vars = exists instanceof ExprFunctionOp pattern
                ? OpVars.mentionedVars(pattern.getGraphPattern()) : exists.getVarsMentioned();
        this.mentioned = List.copyOf(vars);
    }

    @Override
    protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        List<Object> key = new ArrayList<>(mentioned.size() + 1);
        key.add(env.getActiveGraph()); // the same pattern read in another graph is another question
        for (Var var : mentioned) {
            key.add(binding.get(var));
        }
        NodeValue answer = answers.get(key);
        if (answer == null) {
            answer = expr.eval(binding, env);
            if (answers.size() < MOST_KEPT) {
                answers.put(key, answer);
            }
        }
        return answer;
    }

    /** Never reached: {@link #evalSpecial} always answers. The wrapped expression's value, unchanged. */
    @Override
    public NodeValue eval(NodeValue value) {
        return value;
    }

    @Override
    public Expr copy(Expr exists) {
        return new MemoizedExists(exists);
    }

    /** Wraps each {@code EXISTS} and {@code NOT EXISTS}, once. */
    private static final class Memoizing extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionOp function, ExprList args, Op pattern) {
            Expr copied = super.transform(function, args, pattern);
            return copied instanceof E_Exists || copied instanceof E_NotExists ? new MemoizedExists(copied) : copied;
        }

        @Override
        public Expr transform(ExprFunction1 function, Expr arg) {
            if (function instanceof MemoizedExists && arg instanceof MemoizedExists) {
                return arg;
            }
            return super.transform(function, arg);
        }
    }
}
