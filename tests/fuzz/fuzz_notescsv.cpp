// libFuzzer harness: any bytes as a notes CSV (decoding, delimiter detection, libcsv
// parsing, column matching, notes). The reader must refuse or accept, never crash or hang.
#include "formats/notescsv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const cabildo::NotesCsv csv = cabildo::NotesCsv::read(bytes);
    // What the import preview shows of a file, whatever it holds.
    (void)csv.skippedSummary(3);
    (void)csv.table.delimiterName();
    return 0;
}
