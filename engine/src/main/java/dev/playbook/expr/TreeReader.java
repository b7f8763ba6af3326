package dev.playbook.expr;

import dev.playbook.expr.ExpressionTree.Operator;
import dev.playbook.model.Expression;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.parser.*;

/** Reads JEXL's syntax tree of an already compiled (so sandbox-checked) expression into an {@link ExpressionTree}. */
final class TreeReader {

    private TreeReader() {
    }

    static ExpressionTree read(Expression expression) {
        ASTJexlScript script = new Parser(expression.source())
                .parse(new JexlInfo("expr", 1, 1), Sandbox.FEATURES, expression.source(), null);
        return node(script.jjtGetChild(0));
    }

    private static ExpressionTree node(JexlNode n) {
        int col = Math.max(0, n.getColumn() - 1);
        if (n instanceof ASTStringLiteral s) {
            return new ExpressionTree.Literal(s.getLiteral(), col);
        }
        if (n instanceof ASTNumberLiteral num) {
            return new ExpressionTree.Literal(num.getLiteral(), col);
        }
        if (n instanceof ASTTrueNode) {
            return new ExpressionTree.Literal(Boolean.TRUE, col);
        }
        if (n instanceof ASTFalseNode) {
            return new ExpressionTree.Literal(Boolean.FALSE, col);
        }
        if (n instanceof ASTNullLiteral) {
            return new ExpressionTree.Literal(null, col);
        }
        if (n instanceof ASTIdentifier id && !(n instanceof ASTNamespaceIdentifier)) {
            return new ExpressionTree.Path(id.getName(), List.of(), col);
        }
        if (n instanceof ASTReferenceExpression paren) {
            return node(paren.jjtGetChild(0));
        }
        if (n instanceof ASTReference ref) {
            return reference(ref);
        }
        Operator op = operator(n);
        if (op != null) {
            ExpressionTree out = node(n.jjtGetChild(0));
            for (int i = 1; i < n.jjtGetNumChildren(); i++) {
                out = new ExpressionTree.Binary(op, out, node(n.jjtGetChild(i)), col);
            }
            return out;
        }
        if (n instanceof ASTNotNode) {
            return new ExpressionTree.Not(node(n.jjtGetChild(0)), col);
        }
        if (n instanceof ASTUnaryMinusNode) {
            return new ExpressionTree.Negate(node(n.jjtGetChild(0)), col);
        }
        if (n instanceof ASTTernaryNode) {
            ExpressionTree condition = node(n.jjtGetChild(0));
            if (n.jjtGetNumChildren() == 2) {
                return new ExpressionTree.Conditional(condition, condition, node(n.jjtGetChild(1)), col);
            }
            return new ExpressionTree.Conditional(condition, node(n.jjtGetChild(1)), node(n.jjtGetChild(2)), col);
        }
        if (n instanceof ASTSizeFunction) {
            return new ExpressionTree.Call(null, "size", children(n), col);
        }
        if (n instanceof ASTEmptyFunction) {
            return new ExpressionTree.Call(null, "empty", children(n), col);
        }
        if (n instanceof ASTFunctionNode) {
            JexlNode name = n.jjtGetChild(0);
            List<ExpressionTree> args = n.jjtGetNumChildren() > 1 ? children(n.jjtGetChild(1)) : List.of();
            if (name instanceof ASTNamespaceIdentifier ns) {
                return new ExpressionTree.Call(ns.getNamespace(), ns.getName(), args, col);
            }
            if (name instanceof ASTIdentifier id) {
                return new ExpressionTree.Call(null, id.getName(), args, col);
            }
        }
        if (n instanceof ASTArrayLiteral) {
            return new ExpressionTree.ListLiteral(children(n), col);
        }
        if (n instanceof ASTMapLiteral) {
            List<ExpressionTree.MapEntry> entries = new ArrayList<>();
            for (int i = 0; i < n.jjtGetNumChildren(); i++) {
                JexlNode e = n.jjtGetChild(i);
                entries.add(new ExpressionTree.MapEntry(node(e.jjtGetChild(0)), node(e.jjtGetChild(1))));
            }
            return new ExpressionTree.MapLiteral(entries, col);
        }
        return new ExpressionTree.Other(describe(n), col);
    }

    private static ExpressionTree reference(ASTReference ref) {
        int col = Math.max(0, ref.getColumn() - 1);
        ExpressionTree head = node(ref.jjtGetChild(0));
        List<ExpressionTree.Segment> segments = new ArrayList<>();
        for (int i = 1; i < ref.jjtGetNumChildren(); i++) {
            JexlNode c = ref.jjtGetChild(i);
            if (c instanceof ASTIdentifierAccess access && !access.isExpression()) {
                Object key = access.getIdentifier();
                segments.add(key instanceof Integer index
                        ? new ExpressionTree.Index(new ExpressionTree.Literal((long) index, col))
                        : new ExpressionTree.Field(access.getName()));
            } else if (c instanceof ASTArrayAccess array) {
                for (int k = 0; k < array.jjtGetNumChildren(); k++) {
                    ExpressionTree index = node(array.jjtGetChild(k));
                    segments.add(index instanceof ExpressionTree.Literal l && l.value() instanceof String s
                            ? new ExpressionTree.Field(s) : new ExpressionTree.Index(index));
                }
            } else {
                return new ExpressionTree.Other(describe(c), col);
            }
        }
        if (head instanceof ExpressionTree.Path p) {
            List<ExpressionTree.Segment> all = new ArrayList<>(p.segments());
            all.addAll(segments);
            return new ExpressionTree.Path(p.root(), all, p.column());
        }
        return segments.isEmpty() ? head : new ExpressionTree.Access(head, segments, col);
    }

    private static Operator operator(JexlNode n) {
        if (n instanceof ASTEQNode || n instanceof ASTEQSNode) {
            return Operator.EQ;
        } else if (n instanceof ASTNENode || n instanceof ASTNESNode) {
            return Operator.NE;
        } else if (n instanceof ASTLTNode) {
            return Operator.LT;
        } else if (n instanceof ASTLENode) {
            return Operator.LE;
        } else if (n instanceof ASTGTNode) {
            return Operator.GT;
        } else if (n instanceof ASTGENode) {
            return Operator.GE;
        } else if (n instanceof ASTAndNode) {
            return Operator.AND;
        } else if (n instanceof ASTOrNode) {
            return Operator.OR;
        } else if (n instanceof ASTAddNode) {
            return Operator.ADD;
        } else if (n instanceof ASTSubNode) {
            return Operator.SUB;
        } else if (n instanceof ASTMulNode) {
            return Operator.MUL;
        } else if (n instanceof ASTDivNode) {
            return Operator.DIV;
        } else if (n instanceof ASTModNode) {
            return Operator.MOD;
        } else if (n instanceof ASTERNode) {
            return Operator.MATCHES;
        } else if (n instanceof ASTNRNode) {
            return Operator.NOT_MATCHES;
        } else if (n instanceof ASTSWNode) {
            return Operator.STARTS_WITH;
        } else if (n instanceof ASTEWNode) {
            return Operator.ENDS_WITH;
        } else if (n instanceof ASTNullpNode) {
            return Operator.DEFAULT;
        }
        return null;
    }

    private static List<ExpressionTree> children(JexlNode n) {
        List<ExpressionTree> out = new ArrayList<>();
        for (int i = 0; i < n.jjtGetNumChildren(); i++) {
            out.add(node(n.jjtGetChild(i)));
        }
        return out;
    }

    /** {@code ASTRangeNode} reads as "range". */
    private static String describe(JexlNode n) {
        String name = n.getClass().getSimpleName().replaceFirst("^AST", "").replaceFirst("Node$", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
