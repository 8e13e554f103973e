package org.keysmith.bench;

/**
 * One benchmark suite, run by {@code mvn -B -q -Pbench -Dsuite=NAME verify}. The class for suite
 * {@code foo} is {@code org.keysmith.bench.FooBench} with a public no-argument constructor.
 */
public interface BenchSuite {
    void run(BenchReport report) throws Exception;
}
