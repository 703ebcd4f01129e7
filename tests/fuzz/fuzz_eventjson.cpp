// libFuzzer harness: any bytes as an event JSON backup (JSON, schema, links). What the
// reader accepts must also come back from its own backup: a backup always restores.
#include "formats/eventjson.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)cabildo::EventJson::looksLikeJson(bytes);
    const cabildo::EventJson::ReadResult read = cabildo::EventJson::read(bytes);
    if (!read.ok())
        return 0;
    const QByteArray backup = cabildo::EventJson::write(read.content);
    const cabildo::EventJson::ReadResult again = cabildo::EventJson::read(backup);
    if (!again.ok()) {
        std::fprintf(stderr, "accepted input whose backup is refused: %s at %s\n", qPrintable(again.error),
                     qPrintable(again.path));
        std::abort();
    }
    return 0;
}
