package dev.playbook.lint;

import java.util.List;

/**
 * The loader's own checks, which lint reports under the loader's ids before any rule runs. A file
 * with a loader error has no model to lint, so lint stops there for that file; these ids cannot
 * be turned off or suppressed. Listed here for the rules reference; a test keeps the list in step
 * with the loader's fixtures.
 */
public final class LoaderChecks {

    /** Every id the loader reports, with what it means. */
    public static final List<String[]> DESCRIBED = List.of(
            new String[] {"yaml-syntax", "the file is not valid YAML, is empty, holds more than one document, or uses a tag outside the core schema"},
            new String[] {"yaml-limit", "the file is too large, too deep, has too long a line, too many nodes or aliases"},
            new String[] {"encoding", "the file is not UTF-8"},
            new String[] {"io", "the file cannot be read, is not a regular file, or is a link out of the directory"},
            new String[] {"duplicate-key", "a key appears twice in one mapping"},
            new String[] {"unknown-key", "a key the format does not have (with did-you-mean)"},
            new String[] {"wrong-type", "a value of the wrong YAML type"},
            new String[] {"missing-field", "a required key is absent"},
            new String[] {"bad-duration", "a duration without a unit or in an unknown form"},
            new String[] {"bad-identifier", "an id or name that is not `[a-z][a-z0-9_]*`"},
            new String[] {"duplicate-id", "two phases or steps share an id"},
            new String[] {"bad-value", "a value outside what the field allows"},
            new String[] {"step-kind", "a step with none or several of action, wait, verify, manual, parallel"},
            new String[] {"criterion-kind", "a success criterion with none or several of within, succeeded, error_rate, end_state"},
            new String[] {"criterion-window", "a criterion's window or step list that cannot be judged"},
            new String[] {"api-version", "an apiVersion this interpreter does not read"},
            new String[] {"expression-syntax", "an expression that does not parse"},
            new String[] {"expression-forbidden", "an expression that uses what the sandbox forbids"},
            new String[] {"expression-limit", "a var whose value is past an expression limit (size, integer, range, time)"});

    public static final List<String> IDS = DESCRIBED.stream().map(d -> d[0]).toList();

    private LoaderChecks() {
    }
}
