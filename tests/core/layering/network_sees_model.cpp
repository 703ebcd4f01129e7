// Must NOT compile: the participation server reaching for the model's types.
#include "model/note.h"

int main()
{
    return 0;
}
