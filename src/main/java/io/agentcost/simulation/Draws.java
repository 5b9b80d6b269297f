package io.agentcost.simulation;

import io.agentcost.estimate.CostModel;
import io.agentcost.estimate.Kernel;
import io.agentcost.sampling.GaussianCopula;
import io.agentcost.sampling.UniformSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The parallel draw loop shared by the simulation and the forecast: threads take chunks of iterations and
 * draw each input as a column over the chunk (uniforms → copula → quantile function), straight into the
 * columns of the thread's kernel; then the body runs. Results must be stored by iteration, never by
 * arrival order.
 */
final class Draws {

    /** Iterations per unit of work handed to a thread. */
    static final int CHUNK = 2048;

    interface Body {
        /**
         * Iterations [from, from + count): {@code values[j][k]} is input dimension j of iteration from + k; the
         * columns of the inputs the kernel reads are the kernel's own ({@link Kernel#inputColumn}), filled.
         */
        void chunk(int from, int count, double[][] values, Kernel kernel);
    }

    private Draws() {
    }

    /** Runs iterations [start, start + n) of a prepared batch; returns the kernels' warnings. */
    static Set<String> run(CostModel model, Inputs inputs, ExecutorService pool, int threads, UniformSource.Batch batch,
                           long start, int n, Progress progress, BooleanSupplier cancelled, long plannedTotal, Body body) {
        // small runs (a live preview) use smaller chunks so both threads stay busy to the end
        int chunk = (int) Math.max(256, Math.min(CHUNK, n / (threads * 8L)));
        AtomicLong next = new AtomicLong(start);
        AtomicLong finished = new AtomicLong(start);
        long end = start + n;
        List<Future<Set<String>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                Kernel kernel = new Kernel(model).chunked(chunk);
                GaussianCopula copula = inputs.copula == null ? null : inputs.copula.copy();
                int dims = inputs.dimensions();
                double[][] uniforms = new double[dims][chunk];
                double[][] values = new double[dims][];
                for (int j = 0; j < dims; j++) {
                    // an input the cost model reads is drawn straight into the kernel's column
                    double[] column = kernel.inputColumn(inputs.slot[j]);
                    values[j] = column != null ? column : new double[chunk];
                }
                while (true) {
                    if (cancelled.getAsBoolean()) throw new CancellationException("simulation cancelled");
                    long from = next.getAndAdd(chunk);
                    if (from >= end) break;
                    int count = (int) Math.min(chunk, end - from);
                    // a column per input: uniforms, then correlated, then each through its quantile function in one call
                    batch.fill(from, count, uniforms);
                    if (copula != null) copula.apply(uniforms, count);
                    for (int j = 0; j < dims; j++) inputs.inverse[j].at(uniforms[j], values[j], count);
                    body.chunk((int) from, count, values, kernel);
                    progress.update(finished.addAndGet(count), plannedTotal);
                }
                return kernel.warnings();
            }));
        }
        Set<String> warnings = new LinkedHashSet<>();
        for (Future<Set<String>> f : futures) {
            try {
                warnings.addAll(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(x -> x.cancel(true));
                throw new CancellationException("simulation interrupted");
            } catch (ExecutionException e) {
                futures.forEach(x -> x.cancel(true));
                if (e.getCause() instanceof CancellationException ce) throw ce;
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            }
        }
        return warnings;
    }

    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "agentcost-simulation");
            t.setDaemon(true);
            return t;
        });
    }
}
