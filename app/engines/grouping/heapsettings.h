#pragma once

namespace cabildo {

/**
 * Makes the C library keep freed memory for the next allocation instead of handing it
 * back to the system at once. Process-wide: called first thing in main() (and by the
 * benchmarks that time the grouping engine, so they measure what the app does).
 *
 * Why: grouping allocates and frees the same few megabytes dozens of times (the LSA's
 * tall matrices, Eigen's packing buffers in every matrix product, k-means' distances).
 * By default glibc serves blocks over 128 KB with a fresh mmap and unmaps them on free,
 * so every use faults its pages in again, 4 KB at a time; in a virtual machine that was
 * a third of the first grouping of 2,000 notes (bench_grouping speed: 190 → 155 ms).
 * glibc raises these thresholds by itself after the first large block is freed, so this
 * only makes a fresh process behave as one that has been running a while. Up to
 * `trim` (16 MB) of freed memory stays with the process; blocks over 4 MB (the LSA of
 * 20,000 notes) still come and go with mmap, so peak memory does not grow.
 */
void keepFreedMemoryForReuse();

} // namespace cabildo
