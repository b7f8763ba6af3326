package dev.playbook.format;

/** Writes the reference tables of a format's docs (docs/format.md, docs/world-format.md) from its {@link Format}. */
public final class FormatDocGenerator {

    public static final String END = "<!-- END GENERATED -->";

    private FormatDocGenerator() {
    }

    public static String tables(Format format) {
        StringBuilder out = new StringBuilder();
        for (ObjectSpec spec : format.objects()) {
            out.append("### ").append(spec.name()).append("\n\n").append(spec.description()).append("\n\n");
            out.append("| key | type | required | meaning |\n|---|---|---|---|\n");
            for (FieldSpec f : spec.fields()) {
                out.append("| `").append(f.name()).append("` | ").append(f.type().describe())
                        .append(" | ").append(requirement(spec, f)).append(" | ")
                        .append(f.description().replace("|", "\\|")).append(" |\n");
            }
            if (!spec.exactlyOneOf().isEmpty()) {
                out.append("\nExactly one of ").append(String.join(", ", spec.exactlyOneOf().stream().map(k -> "`" + k + "`").toList()))
                        .append(" must be present.\n");
            }
            spec.dependentRequired().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                    out.append("\n`").append(e.getKey()).append("` is only allowed together with `").append(e.getValue()).append("`.\n"));
            out.append("\n");
        }
        return out.toString();
    }

    private static String requirement(ObjectSpec spec, FieldSpec f) {
        if (f.required()) {
            return f.nonEmpty() ? "yes, non-empty" : "yes";
        }
        String unless = spec.requiredUnless().get(f.name());
        return unless == null ? (f.nonEmpty() ? "no; non-empty when given" : "no") : "yes, unless `" + unless + "`";
    }
}
