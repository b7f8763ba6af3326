package dev.playbook.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlOperator;

/**
 * JEXL's arithmetic where JEXL 3.4 is wrong or unsafe for playbooks. Exact: beyond the long range
 * JEXL takes {@code %} as BigInteger.mod (always positive, and an error for a negative divisor)
 * where Java's remainder keeps the dividend's sign, and it negates Long.MIN_VALUE to itself; an
 * expression over a large counter must not change sign. Bounded: a regular expression from a
 * playbook may backtrack for hours on an unlucky result, so each {@code =~} match gets
 * {@link #REGEX_BUDGET} and then fails the expression instead of hanging the run; strings,
 * integers and ranges stay within {@link Budget}, checked before the work is done. {@code /}
 * and {@code <<} are exact too: {@code Long.MIN_VALUE / -1} and {@code 1 << 63} become big
 * integers instead of wrapping.
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
    public Object add(Object left, Object right) {
        Budget.checkTime();
        if (left instanceof CharSequence || right instanceof CharSequence) {
            Budget.checkValue(left);
            Budget.checkValue(right);
            Budget.checkText((long) toString(left).length() + toString(right).length());
            return super.add(left, right);
        }
        return checkedInteger(bigIntegerOperands(left, right) ? checkedSum(left, right) : super.add(left, right));
    }

    @Override
    public Object subtract(Object left, Object right) {
        Budget.checkTime();
        if (bigIntegerOperands(left, right)) {
            Budget.checkBits(Math.max(bits(left), bits(right)) + 1L);
        }
        return checkedInteger(super.subtract(left, right));
    }

    @Override
    public Object multiply(Object left, Object right) {
        Budget.checkTime();
        if (isInteger(left) && isInteger(right)) {
            Budget.checkBits((long) bits(left) + bits(right));
        }
        return checkedInteger(super.multiply(left, right));
    }

    @Override
    public Object divide(Object left, Object right) {
        Budget.checkTime();
        if (left instanceof Long l && l == Long.MIN_VALUE && right instanceof Number r && isInteger(r) && r.longValue() == -1) {
            return BigInteger.valueOf(l).negate();
        }
        return checkedInteger(super.divide(left, right));
    }

    @Override
    public Object shiftLeft(Object left, Object right) {
        Budget.checkTime();
        if (isInteger(left) && isInteger(right)) {
            long by = toLong(true, right);
            if (by < 0) {
                return shiftRight(left, by == Long.MIN_VALUE ? Long.MAX_VALUE : -by);
            }
            Budget.checkBits(Math.min(by, Integer.MAX_VALUE) + bits(left));
            return narrowBigInteger(left, right, toBigInteger(true, left).shiftLeft((int) by));
        }
        return super.shiftLeft(left, right);
    }

    @Override
    public Object shiftRight(Object left, Object right) {
        if (left instanceof BigInteger big && isInteger(right)) {
            return narrowBigInteger(left, right, big.shiftRight((int) Math.min(Integer.MAX_VALUE, toLong(true, right))));
        }
        return super.shiftRight(left, right);
    }

    /** A list of the numbers from {@code from} to {@code to}, so it reads and renders as one. */
    @Override
    public Iterable<?> createRange(Object from, Object to) {
        long first = toLong(true, from);
        long last = toLong(true, to);
        BigInteger span = BigInteger.valueOf(last).subtract(BigInteger.valueOf(first)).abs().add(BigInteger.ONE);
        Budget.checkRange(span);
        long length = span.longValue();
        long step = last >= first ? 1 : -1;
        return LongStream.iterate(first, n -> n + step).limit(length).boxed().toList();
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

    private static boolean bigIntegerOperands(Object left, Object right) {
        return left instanceof BigInteger || right instanceof BigInteger;
    }

    private Object checkedSum(Object left, Object right) {
        Budget.checkBits(Math.max(bits(left), bits(right)) + 1L);
        return super.add(left, right);
    }

    private static Object checkedInteger(Object value) {
        if (value instanceof BigInteger big) {
            Budget.checkInteger(big);
        }
        return value;
    }

    private int bits(Object value) {
        return value instanceof BigInteger big ? big.bitLength() : 64;
    }

    private boolean isInteger(Object value) {
        return value instanceof Number && !(value instanceof BigDecimal) && !isFloatingPointNumber(value);
    }
}
