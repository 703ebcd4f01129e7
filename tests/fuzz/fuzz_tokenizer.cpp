// libFuzzer harness: any UTF-8 (valid or not) as a note's text through the tokeniser that
// grouping and search rely on.
#include "text/tokenizer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const cabildo::Token &token : cabildo::Tokenizer::tokens(text)) {
        // An empty word would be a term that matches every note.
        if (token.text.isEmpty())
            std::abort();
    }
    return 0;
}
