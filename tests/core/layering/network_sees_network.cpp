// Must compile: with only cabildo_network's include root, its own headers are found. The
// control case, so the failing builds fail for the include and not for the setup.
#include "networkinterfaces.h"
#include "participationserver.h"

int main()
{
    return cabildo::proposedChoice({}) == -1 ? 0 : 1;
}
