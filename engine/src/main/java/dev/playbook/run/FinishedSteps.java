package dev.playbook.run;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What expressions read as {@code steps.<id>}: each finished step converted once, the first time
 * an expression reads it (most steps are never read), and shown to a scope as a view rather than
 * copied into it. A view shows the steps
 * that had finished when it was taken — a step's expressions read the same {@code steps} before
 * and after its call, and a parallel branch does not see a sibling finish mid-step — and taking
 * one costs the same for the first step as for the ten-thousandth.
 */
final class FinishedSteps {

    /** One recording of a step; a step recorded again (a retry from the debugger) keeps the earlier one for older views. */
    private static final class Recorded {
        final long sequence;
        final StepRecord record;
        final Recorded earlier;
        private volatile Map<String, Object> value;

        Recorded(long sequence, StepRecord record, Recorded earlier) {
            this.sequence = sequence;
            this.record = record;
            this.earlier = earlier;
        }

        /** The step as expressions see it; two threads reading it first may both convert it, to equal maps. */
        Map<String, Object> value() {
            Map<String, Object> v = value;
            if (v == null) {
                v = record.toScope();
                value = v;
            }
            return v;
        }

        Recorded asOf(long limit) {
            Recorded r = this;
            while (r != null && r.sequence > limit) {
                r = r.earlier;
            }
            return r;
        }
    }

    private final Map<String, Recorded> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    void put(StepRecord record) {
        byId.compute(record.id(), (key, earlier) -> new Recorded(sequence.incrementAndGet(), record, earlier));
    }

    /** The steps finished so far, as a read-only map that later recordings do not change. */
    Map<String, Object> view() {
        return new View(sequence.get());
    }

    private final class View extends AbstractMap<String, Object> {

        private final long limit;

        View(long limit) {
            this.limit = limit;
        }

        @Override
        public Object get(Object key) {
            Recorded r = byId.get(key);
            Recorded seen = r == null ? null : r.asOf(limit);
            return seen == null ? null : seen.value();
        }

        @Override
        public boolean containsKey(Object key) {
            Recorded r = byId.get(key);
            return r != null && r.asOf(limit) != null;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Visible(byId.entrySet().iterator(), limit);
                }

                @Override
                public int size() {
                    int n = 0;
                    for (Iterator<Entry<String, Object>> it = iterator(); it.hasNext(); it.next()) {
                        n++;
                    }
                    return n;
                }
            };
        }
    }

    /** Iterates the recordings a view can see. */
    private static final class Visible implements Iterator<Map.Entry<String, Object>> {

        private final Iterator<Map.Entry<String, Recorded>> all;
        private final long limit;
        private Map.Entry<String, Object> next;

        Visible(Iterator<Map.Entry<String, Recorded>> all, long limit) {
            this.all = all;
            this.limit = limit;
            advance();
        }

        private void advance() {
            next = null;
            while (next == null && all.hasNext()) {
                Map.Entry<String, Recorded> e = all.next();
                Recorded seen = e.getValue().asOf(limit);
                if (seen != null) {
                    next = Map.entry(e.getKey(), seen.value());
                }
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<String, Object> next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Map.Entry<String, Object> out = next;
            advance();
            return out;
        }
    }
}
