#include "heapsettings.h"

#include <cstdint>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

namespace cabildo {

namespace {

constexpr std::size_t megabyte = 1024 * 1024;
constexpr std::uintptr_t hugePage = 2 * megabyte;

} // namespace

void prepareHeap()
{
    // glibc serves a block over its mmap threshold (128 KB at first) with mmap, and on
    // freeing such a block raises the threshold to the block's size (up to 32 MB) and its
    // trim threshold to twice that (mallopt(3), M_MMAP_THRESHOLD). One 16 MB block freed
    // at start does what the first large matrix freed would do later; unlike mallopt, it
    // leaves glibc free to adjust both afterwards. Blocks over 16 MB (20,000 notes' LSA
    // basis) are still mapped on their own and given back when freed: with 31 MB they
    // stayed in the heap, and peak memory was 146 MB instead of 130. Through volatile
    // pointers: the allocations must not be optimised away.
    constexpr std::size_t firstBlock = 16 * megabyte;
    void *volatile first = std::malloc(firstBlock);
    std::free(first);

    // Two blocks under the new threshold come from the heap, which grows by 30 MB (still
    // untouched: no memory yet). Advised as huge pages before their first use, the kernel
    // backs each 2 MB of it with one page and one fault instead of 512 (transparent huge
    // pages, "madvise" mode in Debian's kernels). Freed again, they stay in the heap: 30 MB
    // is under the trim threshold. `cabildo cluster` on 20,000 notes: 42,000 page faults →
    // 16,000 with adviseHugePages() on the LSA's matrices, about 0.3 s faster (README, "Speed").
    void *volatile pieces[2] = {std::malloc(firstBlock - megabyte), std::malloc(firstBlock - megabyte)};
    const auto start = reinterpret_cast<std::uintptr_t>(pieces[0]);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t from = (start + hugePage - 1) & ~(hugePage - 1);
    // Only where both blocks are the heap's last 30 MB: under a sanitizer or valgrind,
    // malloc is theirs and its blocks are elsewhere.
    if (pieces[0] && pieces[1] && start < end && end - start <= 2 * firstBlock && from < end)
        madvise(reinterpret_cast<void *>(from), end - from, MADV_HUGEPAGE);
    std::free(pieces[0]);
    std::free(pieces[1]);
}

void adviseHugePages(void *data, std::size_t bytes)
{
    if (bytes < 2 * hugePage)
        return;
    const auto start = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t from = (start + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t to = (start + bytes) & ~(hugePage - 1);
    if (from < to)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
}

} // namespace cabildo
