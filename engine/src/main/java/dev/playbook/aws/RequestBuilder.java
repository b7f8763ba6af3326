package dev.playbook.aws;

import dev.playbook.action.ParamProblem;
import dev.playbook.diag.Suggest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.utils.builder.Buildable;

/**
 * Turns a step's {@code with:} tree into an SDK request through the SDK's own member model
 * ({@link SdkPojo#sdkFields()}), collecting every problem with its path instead of stopping at
 * the first, so one run of lint shows them all.
 *
 * <p>Values are taken the way YAML and templates produce them: numbers and booleans may arrive as
 * strings ({@code "7"}, {@code "true"}) after template rendering, timestamps as ISO-8601 text,
 * enums as their AWS string value ({@code upsert} for {@code UPSERT} is refused with a
 * suggestion). Offline (lint), a string holding a template ({@code ${...}}) is unknown until run
 * time and fits any type.
 */
final class RequestBuilder {

    /** A value that was left unset: a template checked offline, or one that had a problem. */
    private static final Object UNSET = new Object();

    private final boolean offline;
    private final List<ParamProblem> problems = new ArrayList<>();

    private RequestBuilder(boolean offline) {
        this.offline = offline;
    }

    record Result(SdkRequest request, List<ParamProblem> problems) {
    }

    static Result build(Class<?> requestType, Map<String, ?> params, boolean offline) {
        RequestBuilder builder = new RequestBuilder(offline);
        SdkPojo root = newRequestBuilder(requestType);
        builder.fill(root, params == null ? Map.of() : params, "with", null);
        return new Result((SdkRequest) ((Buildable) root).build(), List.copyOf(builder.problems));
    }

    static SdkPojo newRequestBuilder(Class<?> requestType) {
        try {
            return (SdkPojo) requestType.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no builder on " + requestType.getName(), e);
        }
    }

    private void fill(SdkPojo builder, Map<?, ?> values, String path, String structure) {
        Map<String, SdkField<?>> fields = new LinkedHashMap<>();
        builder.sdkFields().forEach(f -> fields.put(f.memberName(), f));
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String memberPath = path + "." + key;
            SdkField<?> field = fields.get(key);
            if (field == null) {
                problems.add(ParamProblem.unknownName(memberPath, "unknown " + (structure == null ? "parameter" : "member of " + structure)
                        + Suggest.didYouMean(key, fields.keySet())));
                continue;
            }
            Object value = convert(field, entry.getValue(), memberPath, FieldTypes.enumValues(builder, field));
            if (value != UNSET && value != null) {
                field.set(builder, value);
            }
        }
    }

    /** {@code enumValues}: the values a string (or each string of a list) may take; empty for any. */
    private Object convert(SdkField<?> field, Object value, String path, List<String> enumValues) {
        if (value == null) {
            return null;
        }
        if (offline && value instanceof String s && s.contains("${")) {
            return UNSET;
        }
        MarshallingType<?> type = field.marshallingType();
        Object converted;
        if (type == MarshallingType.SDK_POJO) {
            converted = structure(field, value, path);
        } else if (type == MarshallingType.LIST) {
            converted = list(field, value, path, enumValues);
        } else if (type == MarshallingType.MAP) {
            converted = map(field, value, path);
        } else {
            converted = scalar(type, value);
        }
        if (converted == null) {
            problems.add(ParamProblem.wrongValue(path, "expected " + FieldTypes.typeName(field) + ", got " + describe(value)));
            return UNSET;
        }
        if (converted instanceof String s && !enumValues.isEmpty() && !enumValues.contains(s)) {
            // Only near misses are refused: AWS adds enum values faster than SDK releases know them.
            Optional<String> meant = Suggest.closest(s, enumValues);
            if (meant.isPresent()) {
                problems.add(ParamProblem.wrongValue(path, "\"" + s + "\" is not a value AWS knows; did you mean `" + meant.get() + "`?"));
                return UNSET;
            }
        }
        return converted;
    }

    private Object structure(SdkField<?> field, Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        SdkPojo builder = FieldTypes.newStructure(field);
        fill(builder, map, path, FieldTypes.structureName(field));
        return ((Buildable) builder).build();
    }

    private Object list(SdkField<?> field, Object value, String path, List<String> enumValues) {
        if (!(value instanceof Collection<?> items)) {
            return null;
        }
        SdkField<?> member = FieldTypes.listMember(field);
        List<Object> out = new ArrayList<>();
        int i = 0;
        for (Object item : items) {
            Object converted = convert(member, item, path + "[" + i++ + "]", enumValues);
            if (converted != UNSET && converted != null) {
                out.add(converted);
            }
        }
        return out;
    }

    private Object map(SdkField<?> field, Object value, String path) {
        if (!(value instanceof Map<?, ?> entries)) {
            return null;
        }
        SdkField<?> valueField = FieldTypes.mapValue(field);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object converted = convert(valueField, entry.getValue(), path + "." + key, List.of());
            if (converted != UNSET && converted != null) {
                out.put(key, converted);
            }
        }
        return out;
    }

    /** The SDK value for a scalar member, or null when {@code value} does not fit. */
    private static Object scalar(MarshallingType<?> type, Object value) {
        if (type == MarshallingType.STRING) {
            return value instanceof String || value instanceof Number || value instanceof Boolean ? String.valueOf(value) : null;
        }
        if (type == MarshallingType.INTEGER) {
            Long n = integral(value);
            return n != null && n == n.intValue() ? Integer.valueOf(n.intValue()) : null;
        }
        if (type == MarshallingType.LONG) {
            return integral(value);
        }
        if (type == MarshallingType.SHORT) {
            Long n = integral(value);
            return n != null && n == n.shortValue() ? Short.valueOf(n.shortValue()) : null;
        }
        if (type == MarshallingType.BYTE) {
            Long n = integral(value);
            return n != null && n == n.byteValue() ? Byte.valueOf(n.byteValue()) : null;
        }
        if (type == MarshallingType.DOUBLE) {
            BigDecimal n = decimal(value);
            return n == null ? null : n.doubleValue();
        }
        if (type == MarshallingType.FLOAT) {
            BigDecimal n = decimal(value);
            return n == null ? null : n.floatValue();
        }
        if (type == MarshallingType.BIG_DECIMAL) {
            return decimal(value);
        }
        if (type == MarshallingType.BOOLEAN) {
            return bool(value);
        }
        if (type == MarshallingType.INSTANT) {
            return instant(value);
        }
        if (type == MarshallingType.SDK_BYTES) {
            return value instanceof String s ? SdkBytes.fromUtf8String(s) : null;
        }
        // Document members (free-form JSON) do not occur in the bundled services.
        return null;
    }

    private static Long integral(Object value) {
        BigDecimal n = decimal(value);
        if (n == null) {
            return null;
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException notIntegral) {
            return null;
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(s.toLowerCase(Locale.ROOT));
        }
        return null;
    }

    /** ISO-8601 instants, offsets or dates (midnight UTC); numbers are epoch seconds, as in the AWS CLI. */
    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof TemporalAccessor t) {
            try {
                return Instant.from(t);
            } catch (RuntimeException noInstant) {
                return null;
            }
        }
        if (value instanceof Number n) {
            return Instant.ofEpochMilli(BigDecimal.valueOf(n.doubleValue()).movePointRight(3).longValue());
        }
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    private static String describe(Object value) {
        if (value instanceof Map) {
            return "a map";
        }
        if (value instanceof Collection) {
            return "a list";
        }
        if (value instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return (value instanceof Number ? "number " : "boolean ") + value;
        }
        return "a " + value.getClass().getSimpleName();
    }
}
