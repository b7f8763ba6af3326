package dev.playbook.expr;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * What a playbook expression may do: read maps and lists, compare and compute, call the
 * functions of {@link TimeFunctions} and {@link ListFunctions}. Playbooks come from pull
 * requests, so everything else — classes, constructors, fields, methods, loops, assignments,
 * lambdas — is closed twice: the parser rejects the syntax, and the permissions deny the
 * reflection even if it got through.
 */
final class Sandbox {

    static final JexlFeatures FEATURES = new JexlFeatures()
            .localVar(false)
            .loops(false)
            .sideEffect(false)
            .sideEffectGlobal(false)
            .newInstance(false)
            .lambda(false)
            .thinArrow(false)
            .fatArrow(false)
            .methodCall(false)
            .pragma(false)
            .namespacePragma(false)
            .importPragma(false)
            .annotation(false)
            .script(false)
            .register(false)
            .arrayReferenceExpr(true)
            .structuredLiteral(true);

    private static final Set<String> COLLECTION_READS = Set.of("get", "containsKey", "size", "isEmpty");
    private static final Set<String> STRING_READS = Set.of("length", "isEmpty");
    private static final List<Class<?>> VALUE_CLASSES =
            List.of(String.class, Boolean.class, Number.class, Map.class, Collection.class);

    static final JexlPermissions PERMISSIONS = new JexlPermissions() {
        @Override
        public boolean allow(Package pack) {
            return true;
        }

        @Override
        public boolean allow(Class<?> clazz) {
            return clazz == TimeFunctions.class || clazz == ListFunctions.class || clazz.isArray()
                    || VALUE_CLASSES.stream().anyMatch(c -> c.isAssignableFrom(clazz));
        }

        @Override
        public boolean allow(Constructor<?> ctor) {
            return false;
        }

        @Override
        public boolean allow(Field field) {
            return false;
        }

        @Override
        public boolean allow(Method method) {
            Class<?> owner = method.getDeclaringClass();
            String name = method.getName();
            if (owner == TimeFunctions.class || owner == ListFunctions.class) {
                return true;
            }
            if (Map.class.isAssignableFrom(owner) || Collection.class.isAssignableFrom(owner)) {
                return COLLECTION_READS.contains(name);
            }
            return (owner == String.class || owner == CharSequence.class) && STRING_READS.contains(name);
        }

        @Override
        public JexlPermissions compose(String... src) {
            return this;
        }
    };

    private Sandbox() {
    }
}
