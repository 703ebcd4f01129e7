// Must compile: with only the engines' include root, engines include each other by folder.
// The control case, so the two failing builds fail for the include and not for the setup.
#include "grouping/groupingengine.h"
#include "photo/wallphoto.h"
#include "scheduling/agendagenerator.h"
#include "text/textfold.h"

int main()
{
    return cabildo::toNfc(QStringLiteral("e\u0301")).size() == 1 && cabildo::photo::findNotes(QImage()).empty() ? 0 : 1;
}
