// Must NOT compile: the participation server reaching for the event file.
#include "storage/eventstore.h"

int main()
{
    return 0;
}
