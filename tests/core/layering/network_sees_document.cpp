// Must NOT compile: the participation server (cabildo_network) reaching for the document.
// It knows the event only through ParticipationBackend and the views it is given.
#include "document/eventdocument.h"

int main()
{
    return 0;
}
