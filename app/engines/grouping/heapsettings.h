#pragma once

namespace cabildo {

/**
 * Lets the C library keep freed blocks of up to 4 MB for the next allocation from the
 * start, as it does by itself once it has freed a first large block. Process-wide: called
 * first thing in main() (and by the benchmarks that time the grouping engine, so they
 * measure what the app does).
 *
 * Why: grouping allocates and frees the same few megabytes dozens of times (the LSA's
 * tall matrices, Eigen's packing buffers in every matrix product, k-means' distances).
 * glibc serves blocks over 128 KB with a fresh mmap until it has freed one, so a fresh
 * process faults every page of them in again, 4 KB at a time; in a virtual machine that
 * was a third of the first grouping of 2,000 notes (bench_grouping speed: 190 → 155 ms).
 * Fixing the thresholds with mallopt instead stopped glibc from raising them further,
 * which made `cabildo cluster` on 20,000 notes (17 MB matrices) 0.2 s slower.
 */
void keepFreedMemoryForReuse();

} // namespace cabildo
