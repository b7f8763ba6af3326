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

    private OperationDocs() {
    }

    static Signature signature(AwsOperation op) {
        List<SdkField<?>> fields = RequestBuilder.newRequestBuilder(op.requestType()).sdkFields();
        List<Param> params = new ArrayList<>();
        for (SdkField<?> field : fields) {
            params.add(new Param(field.memberName(), FieldTypes.typeName(field), FieldTypes.required(field), note(field)));
        }
        String summary = "AWS " + op.service().name() + " " + op.apiName() + (op.readOnly() ? " (read-only)" : " (mutating)");
        return new Signature(summary, params, false, documentation(op, fields));
    }

    private static String note(SdkField<?> field) {
        if (FieldTypes.idempotencyToken(field)) {
            return "idempotency token; the SDK generates one when it is left out";
        }
        return FieldTypes.required(field) ? "part of the request path" : "";
    }

    private static String documentation(AwsOperation op, List<SdkField<?>> fields) {
        String cli = "aws " + op.service().cliName() + " " + CliSpelling.toCli(op.operation());
        StringBuilder doc = new StringBuilder()
                .append("AWS API operation ").append(op.apiName()).append(", called as ")
                .append(op.method().getDeclaringClass().getSimpleName()).append('.').append(op.operation()).append(".\n")
                .append("AWS CLI: ").append(cli).append('\n')
                .append("Reference: https://docs.aws.amazon.com/cli/latest/reference/").append(op.service().cliName())
                .append('/').append(CliSpelling.toCli(op.operation())).append(".html\n");
        Map<String, List<SdkField<?>>> structures = structures(fields);
        if (!structures.isEmpty()) {
            doc.append("\nStructures:\n");
            int shown = 0;
            for (Map.Entry<String, List<SdkField<?>>> structure : structures.entrySet()) {
                if (shown++ == MAX_STRUCTURES) {
                    doc.append("  ... and ").append(structures.size() - MAX_STRUCTURES).append(" more\n");
                    break;
                }
                doc.append("  ").append(structure.getKey()).append('\n');
                for (SdkField<?> member : structure.getValue()) {
                    doc.append(String.format("    %-28s %s\n", member.memberName(), FieldTypes.typeName(member)));
                }
            }
        }
        return doc.toString();
    }

    /** The structures reachable from the parameters, breadth first, each once, up to {@link #STRUCTURE_DEPTH}. */
    private static Map<String, List<SdkField<?>>> structures(List<SdkField<?>> fields) {
        Map<String, List<SdkField<?>>> found = new LinkedHashMap<>();
        Deque<SdkField<?>> level = new ArrayDeque<>(fields);
        for (int depth = 0; depth < STRUCTURE_DEPTH && !level.isEmpty(); depth++) {
            Deque<SdkField<?>> next = new ArrayDeque<>();
            for (SdkField<?> field : level) {
                SdkField<?> structure = innermost(field);
                if (structure != null && !found.containsKey(FieldTypes.structureName(structure))) {
                    List<SdkField<?>> members = FieldTypes.members(structure);
                    found.put(FieldTypes.structureName(structure), members);
                    next.addAll(members);
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
