package dev.playbook.aws;

import dev.playbook.action.Param;
import dev.playbook.action.Signature;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;

/**
 * The signature of an AWS operation, read from the SDK's request model: its parameters with
 * types, and the structures they nest, so {@code playbook actions} can show what goes under
 * {@code with:}. The SDK jars carry no documentation text, so the docs point at the AWS CLI
 * reference page instead.
 */
final class OperationDocs {

    /** Deep enough for Route 53's ChangeBatch → Change → ResourceRecordSet → ResourceRecord. */
    private static final int STRUCTURE_DEPTH = 4;
    private static final int MAX_STRUCTURES = 25;
    private static final int MAX_ENUM_VALUES = 12;

    private OperationDocs() {
    }

    static Signature signature(AwsOperation op) {
        SdkPojo request = RequestBuilder.newRequestBuilder(op.requestType());
        List<Param> params = new ArrayList<>();
        for (SdkField<?> field : request.sdkFields()) {
            params.add(new Param(field.memberName(), FieldTypes.typeName(field), FieldTypes.required(field), note(request, field),
                    FieldTypes.enumValues(request, field)));
        }
        String summary = "AWS " + op.service().name() + " " + op.apiName() + (op.readOnly() ? " (read-only)" : " (mutating)");
        return new Signature(summary, params, false, documentation(op, request));
    }

    private static String note(SdkPojo owner, SdkField<?> field) {
        if (FieldTypes.idempotencyToken(field)) {
            return "idempotency token; the SDK generates one when it is left out";
        }
        if (FieldTypes.required(field)) {
            return "part of the request path";
        }
        return oneOf(FieldTypes.enumValues(owner, field));
    }

    private static String oneOf(List<String> values) {
        if (values.isEmpty()) {
            return "";
        }
        List<String> shown = values.size() > MAX_ENUM_VALUES ? values.subList(0, MAX_ENUM_VALUES) : values;
        return "one of: " + String.join(", ", shown) + (shown.size() < values.size() ? ", ... (" + values.size() + " values)" : "");
    }

    private static String documentation(AwsOperation op, SdkPojo request) {
        String cli = "aws " + op.service().cliName() + " " + CliSpelling.toCli(op.operation());
        StringBuilder doc = new StringBuilder()
                .append("AWS API operation ").append(op.apiName()).append(", called as ")
                .append(op.service().clientType().getSimpleName()).append('.').append(op.operation()).append(".\n")
                .append("AWS CLI: ").append(cli).append('\n')
                .append("Reference: https://docs.aws.amazon.com/cli/latest/reference/").append(op.service().cliName())
                .append('/').append(CliSpelling.toCli(op.operation())).append(".html\n");
        Map<String, SdkPojo> structures = structures(request);
        if (!structures.isEmpty()) {
            doc.append("\nStructures:\n");
            int shown = 0;
            for (Map.Entry<String, SdkPojo> structure : structures.entrySet()) {
                if (shown++ == MAX_STRUCTURES) {
                    doc.append("  ... and ").append(structures.size() - MAX_STRUCTURES).append(" more\n");
                    break;
                }
                doc.append("  ").append(structure.getKey()).append('\n');
                for (SdkField<?> member : structure.getValue().sdkFields()) {
                    String values = oneOf(FieldTypes.enumValues(structure.getValue(), member));
                    doc.append(String.format("    %-28s %s%s", member.memberName(), FieldTypes.typeName(member),
                            values.isEmpty() ? "" : "  " + values).stripTrailing()).append('\n');
                }
            }
        }
        return doc.toString();
    }

    /**
     * The structures reachable from the request, breadth first, each once, up to
     * {@link #STRUCTURE_DEPTH}, as fresh builders: a builder is also the structure's model.
     */
    private static Map<String, SdkPojo> structures(SdkPojo request) {
        Map<String, SdkPojo> found = new LinkedHashMap<>();
        Deque<SdkField<?>> level = new ArrayDeque<>(request.sdkFields());
        for (int depth = 0; depth < STRUCTURE_DEPTH && !level.isEmpty(); depth++) {
            Deque<SdkField<?>> next = new ArrayDeque<>();
            for (SdkField<?> field : level) {
                SdkField<?> structure = innermost(field);
                if (structure != null && !found.containsKey(FieldTypes.structureName(structure))) {
                    SdkPojo model = FieldTypes.newStructure(structure);
                    found.put(FieldTypes.structureName(structure), model);
                    next.addAll(model.sdkFields());
                }
            }
            level = next;
        }
        return found;
    }

    /** The structure a member holds, directly or inside lists and maps; null for scalars. */
    private static SdkField<?> innermost(SdkField<?> field) {
        SdkField<?> f = field;
        while (f.marshallingType() == MarshallingType.LIST || f.marshallingType() == MarshallingType.MAP) {
            f = f.marshallingType() == MarshallingType.LIST ? FieldTypes.listMember(f) : FieldTypes.mapValue(f);
        }
        return FieldTypes.isStructure(f) ? f : null;
    }
}
