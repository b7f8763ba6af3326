package dev.playbook.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes expression paths from the values in scope: {@code steps.} offers step ids,
 * {@code steps.promote_db.result.DBInstances[0].} offers that map's keys.
 */
public final class PathCompleter {

    private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)\\]|\\['([^']*)'\\]");

    private PathCompleter() {
    }

    /** Full paths that extend {@code word}, given the scope's root variables. */
    public static List<String> complete(String word, Map<String, Object> roots) {
        int cut = Math.max(word.lastIndexOf('.'), word.lastIndexOf('['));
        List<String> out = new ArrayList<>();
        if (cut < 0) {
            roots.keySet().stream().filter(k -> k.startsWith(word)).sorted().forEach(out::add);
            return out;
        }
        String parent = word.substring(0, cut);
        String partial = word.substring(cut + 1);
        Object value = resolve(parent, roots);
        if (value instanceof Map<?, ?> map && word.charAt(cut) == '.') {
            map.keySet().stream().map(String::valueOf).filter(k -> k.startsWith(partial)).sorted()
                    .forEach(k -> out.add(parent + "." + k));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (String.valueOf(i).startsWith(partial)) {
                    out.add(parent + "[" + i + "]");
                }
            }
        }
        return out;
    }

    private static Object resolve(String path, Map<String, Object> roots) {
        int firstCut = indexOfSeparator(path);
        String root = firstCut < 0 ? path : path.substring(0, firstCut);
        Object value = roots.get(root);
        if (firstCut < 0) {
            return value;
        }
        Matcher m = SEGMENT.matcher(path);
        int at = firstCut;
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            if (m.group(2) != null) {
                int index = Integer.parseInt(m.group(2));
                value = value instanceof List<?> list && index < list.size() ? list.get(index) : null;
            } else {
                String key = m.group(1) != null ? m.group(1) : m.group(3);
                value = value instanceof Map<?, ?> map ? map.get(key) : null;
            }
            at = m.end();
        }
        return value;
    }

    private static int indexOfSeparator(String path) {
        int dot = path.indexOf('.');
        int bracket = path.indexOf('[');
        if (dot < 0) {
            return bracket;
        }
        return bracket < 0 ? dot : Math.min(dot, bracket);
    }
}
