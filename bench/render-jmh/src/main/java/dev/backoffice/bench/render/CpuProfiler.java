package dev.backoffice.bench.render;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the benchmark JVM (all its threads: the benchmark's, the renderer's pool, GC, JIT) per operation.
 * Throughput on this shared 2-core machine follows whatever else runs; CPU ms per op much less so. Use with
 * {@code -prof dev.backoffice.bench.render.CpuProfiler}.
 */
public final class CpuProfiler implements InternalProfiler {

  private long cpuStart;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    cpuStart = processCpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpu = processCpuNanos() - cpuStart;
    long ops = result.getMetadata().getAllOps();
    double perOp = ops == 0 ? Double.NaN : cpu / 1e6 / ops;
    return List.of(new ScalarResult("cpu.ms/op", perOp, "ms/op", AggregationPolicy.AVG));
  }
}
