package dev.playbook.format;

import java.util.List;

/**
 * One file format read by the definition engine: its root object and every object below it, in
 * the order of its reference tables. The loader checks files against it, and the JSON Schema and
 * the docs tables are generated from it.
 *
 * @param schemaId the {@code $id} of the generated JSON Schema: its file name, so that editors resolve the
 *                 references beside it (actions/...) against the file they loaded, not a web address
 * @param title the schema's title
 * @param description what a file of this format is, for the schema
 * @param docMarker the command that prints the tables, named in the docs' generated-section marker
 */
public record Format(String schemaId, String title, String description, ObjectSpec root, List<ObjectSpec> objects, String docMarker) {

    public Format {
        objects = List.copyOf(objects);
    }

    public ObjectSpec spec(String name) {
        return objects.stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no object " + name));
    }

    /** The first line of the generated section in the docs. */
    public String docBegin() {
        return "<!-- BEGIN GENERATED: " + docMarker + " -->";
    }
}
