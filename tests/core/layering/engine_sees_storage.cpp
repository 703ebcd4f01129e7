// Must NOT compile: an engine target reaching for storage (see engine_sees_document.cpp).
#include "storage/eventstore.h"

int main()
{
    return 0;
}
