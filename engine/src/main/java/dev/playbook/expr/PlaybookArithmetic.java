package dev.playbook.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Duration;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlOperator;

/**
 * JEXL's arithmetic where JEXL 3.4 is wrong or unsafe for playbooks. Exact: beyond the long range
 * JEXL takes {@code %} as BigInteger.mod (always positive, and an error for a negative divisor)
 * where Java's remainder keeps the dividend's sign, and it negates Long.MIN_VALUE to itself; an
 * expression over a large counter must not change sign. Bounded: a regular expression from a
 * playbook may backtrack for hours on an unlucky result, so each {@code =~} match gets
 * {@link #REGEX_BUDGET} and then fails the expression instead of hanging the run.
 */
final class PlaybookArithmetic extends JexlArithmetic {

    private static final Duration REGEX_BUDGET = Duration.ofMillis(250);

    PlaybookArithmetic() {
        super(true);
    }

    private PlaybookArithmetic(boolean strict, MathContext context, int scale) {
        super(strict, context, scale);
    }

    /** JEXL derives an arithmetic per evaluation when options differ; it must keep these rules. */
    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
        return new PlaybookArithmetic(strict, context, scale);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        if (value != null && (container instanceof Pattern || container instanceof CharSequence)) {
            Pattern pattern = container instanceof Pattern p ? p : Pattern.compile(container.toString());
            return pattern.matcher(new DeadlineText(value.toString(), pattern.pattern(), REGEX_BUDGET)).matches();
        }
        return super.contains(container, value);
    }

    @Override
    public Object mod(Object left, Object right) {
        if ((left instanceof BigInteger || right instanceof BigInteger) && isInteger(left) && isInteger(right)) {
            boolean strict = isStrict(JexlOperator.MOD);
            BigInteger divisor = toBigInteger(strict, right);
            if (divisor.signum() == 0) {
                throw new ArithmeticException("%");
            }
            return narrowBigInteger(left, right, toBigInteger(strict, left).remainder(divisor));
        }
        return super.mod(left, right);
    }

    @Override
    public Object negate(Object value) {
        if (value instanceof Long l && l == Long.MIN_VALUE) {
            return BigInteger.valueOf(l).negate();
        }
        if (value instanceof Integer i && i == Integer.MIN_VALUE) {
            return -(long) i;
        }
        return super.negate(value);
    }

    private boolean isInteger(Object value) {
        return value instanceof Number && !(value instanceof BigDecimal) && !isFloatingPointNumber(value);
    }
}
