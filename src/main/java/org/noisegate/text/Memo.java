package org.noisegate.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed once, on first use, by whoever asks first, then shared (thread-safe). Two
 * threads may both compute a value; the first one stored wins, so the computation must be pure.
 */
public final class Memo {
    private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        Object v = values.get(key);
        if (v == null) {
            v = compute.get();
            Object prev = values.putIfAbsent(key, v);
            if (prev != null) {
                v = prev;
            }
        }
        return (T) v;
    }
}
