package dev.playbook.aws;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.DefaultValueTrait;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.RequiredTrait;

/**
 * Reads the SDK's member model ({@link SdkField}): the type names a playbook author sees
 * (string, integer, list&lt;Filter&gt;, ...), list elements, map values and enum values.
 */
final class FieldTypes {

    /** Per builder class: setter name (lower case) to enum values. Reflected once, used on every call. */
    private static final ClassValue<Map<String, List<String>>> ENUMS = new ClassValue<>() {
        @Override
        protected Map<String, List<String>> computeValue(Class<?> builder) {
            Map<String, List<String>> enums = new HashMap<>();
            for (Method setter : builder.getMethods()) {
                Class<?> type = setter.getParameterCount() == 1 ? setter.getParameterTypes()[0] : Void.class;
                Class<?> element = type.isArray() ? type.getComponentType() : type;
                if (element.isEnum()) {
                    // UNKNOWN_TO_SDK_VERSION prints as null: it is no value a playbook can send.
                    enums.put(setter.getName().toLowerCase(Locale.ROOT), Arrays.stream(element.getEnumConstants())
                            .map(String::valueOf).filter(v -> !v.equals("null")).toList());
                }
            }
            return enums;
        }
    };

    private FieldTypes() {
    }

    static String typeName(SdkField<?> field) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.LIST) {
            return "list<" + typeName(listMember(field)) + ">";
        }
        if (type == MarshallingType.MAP) {
            return "map<string," + typeName(mapValue(field)) + ">";
        }
        if (type == MarshallingType.SDK_POJO) {
            return structureName(field);
        }
        return scalarName(type);
    }

    static String scalarName(MarshallingType<?> type) {
        if (type == MarshallingType.STRING) {
            return "string";
        }
        if (type == MarshallingType.INTEGER || type == MarshallingType.LONG || type == MarshallingType.SHORT
                || type == MarshallingType.BYTE) {
            return "integer";
        }
        if (type == MarshallingType.FLOAT || type == MarshallingType.DOUBLE || type == MarshallingType.BIG_DECIMAL) {
            return "number";
        }
        if (type == MarshallingType.BOOLEAN) {
            return "boolean";
        }
        if (type == MarshallingType.INSTANT) {
            return "timestamp";
        }
        if (type == MarshallingType.SDK_BYTES) {
            return "blob";
        }
        return "any";
    }

    static boolean isStructure(SdkField<?> field) {
        return field.marshallingType() == MarshallingType.SDK_POJO;
    }

    /** The simple name of a structure, e.g. {@code ChangeBatch}: the class around the SDK's builder. */
    static String structureName(SdkField<?> field) {
        Class<?> builder = field.constructor().get().getClass();
        Class<?> outer = builder.getEnclosingClass();
        return (outer != null ? outer : builder).getSimpleName();
    }

    /** A fresh builder of the structure, which is also its model ({@link SdkPojo#sdkFields()}). */
    static SdkPojo newStructure(SdkField<?> structure) {
        return structure.constructor().get();
    }

    static SdkField<?> listMember(SdkField<?> list) {
        return list.getTrait(ListTrait.class).memberFieldInfo();
    }

    static SdkField<?> mapValue(SdkField<?> map) {
        return map.getTrait(MapTrait.class).valueFieldInfo();
    }

    /**
     * The SDK v2 model rarely marks members required (the codegen drops most of the service
     * model's "required" lists), but members bound to the URI path must be present or the SDK
     * itself refuses the call: those are required for sure.
     */
    static boolean required(SdkField<?> field) {
        return field.containsTrait(RequiredTrait.class) || field.location() == MarshallLocation.PATH
                || field.location() == MarshallLocation.GREEDY_PATH;
    }

    /**
     * The AWS values of an enum member (or of a list of enums), read off the typed setter the
     * SDK generates next to the string one on {@code owner}, the builder holding the member;
     * empty for free-form strings.
     */
    static List<String> enumValues(SdkPojo owner, SdkField<?> field) {
        return ENUMS.get(owner.getClass()).getOrDefault(field.memberName().toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Client tokens the SDK generates itself when the playbook leaves them out. The generated
     * model uses a default value only for idempotency tokens.
     */
    static boolean idempotencyToken(SdkField<?> field) {
        return field.containsTrait(DefaultValueTrait.class);
    }
}
