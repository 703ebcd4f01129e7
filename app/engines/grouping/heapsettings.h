#pragma once

#include <cstddef>

namespace cabildo {

/**
 * Sets the C library's heap up for grouping thousands of notes: freed blocks are kept for
 * the next allocation, and the first 30 MB of the heap are backed by 2 MB pages where the
 * kernel allows it. Process-wide: called first thing in main() (and by the benchmarks that
 * time the grouping engine, so they measure what the app does).
 *
 * Why: grouping allocates and frees the same few megabytes dozens of times (the LSA's
 * tall matrices, Eigen's packing buffers in every matrix product, k-means' distances).
 * glibc serves blocks over 128 KB with a fresh mmap until it has freed one, so a fresh
 * process faulted every page of them in again; and every page a process touches first
 * costs a page fault, 4 KB at a time: 42,000 faults for `cabildo cluster` on 20,000
 * notes, a fifth of its time in this virtual machine.
 */
void prepareHeap();

/**
 * Asks the kernel to back a large block not yet written with 2 MB pages: one fault for
 * each 2 MB instead of 512. For matrices too large for the heap prepareHeap() sets up
 * (glibc maps those on their own). Does nothing for blocks under 4 MB.
 */
void adviseHugePages(void *data, std::size_t bytes);

} // namespace cabildo
