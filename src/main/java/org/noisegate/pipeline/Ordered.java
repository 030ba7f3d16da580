package org.noisegate.pipeline;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on several threads and hands the results on in input order: a bounded window of
 * futures, drained from its head, so memory stays flat whatever the input size and the output is
 * the same for every thread count. With one thread the work runs inline.
 */
public final class Ordered<I, O> implements AutoCloseable {
    private final Function<I, O> work;
    private final Consumer<O> sink;
    private final ExecutorService pool;
    private final ArrayDeque<Future<O>> window = new ArrayDeque<>();
    private final int capacity;

    public Ordered(int threads, Function<I, O> work, Consumer<O> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.work = work;
        this.sink = sink;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "noisegate-worker");
            t.setDaemon(true);
            return t;
        });
        this.capacity = threads * 32;
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public void submit(I item) {
        if (pool == null) {
            sink.accept(work.apply(item));
            return;
        }
        if (window.size() >= capacity) {
            drainOne();
        }
        window.add(pool.submit(() -> work.apply(item)));
    }

    private void drainOne() {
        Future<O> f = window.poll();
        try {
            sink.accept(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }

    /** Hands on every pending result. */
    public void finish() {
        while (!window.isEmpty()) {
            drainOne();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
