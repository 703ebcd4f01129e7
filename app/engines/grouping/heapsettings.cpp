#include "heapsettings.h"

#include <cstdlib> // defines __GLIBC__ on glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cabildo {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    constexpr int mmapThreshold = 4 * 1024 * 1024;
    constexpr int trim = 16 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, mmapThreshold);
    mallopt(M_TRIM_THRESHOLD, trim);
#endif
}

} // namespace cabildo
