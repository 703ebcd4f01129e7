// Must NOT compile: an engine target reaching for the document. The test
// tst_core_engines_cannot_see_document builds this and expects the include to be missing.
#include "document/eventdocument.h"

int main()
{
    return 0;
}
