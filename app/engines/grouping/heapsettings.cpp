#include "heapsettings.h"

#include <cstdlib>

namespace cabildo {

void keepFreedMemoryForReuse()
{
    // glibc serves a block over its mmap threshold (128 KB at first) with mmap, and on
    // freeing such a block raises the threshold to the block's size (up to 32 MB) and its
    // trim threshold to twice that (mallopt(3), M_MMAP_THRESHOLD). One 4 MB block freed
    // at start does what the first large matrix freed would do later. Unlike mallopt, it
    // leaves glibc free to go on raising both as larger blocks are freed (20,000 notes'
    // matrices are 17 MB). Through a volatile pointer: the pair must not be optimised away.
    constexpr std::size_t firstThreshold = 4 * 1024 * 1024;
    void *volatile block = std::malloc(firstThreshold);
    std::free(block);
}

} // namespace cabildo
