#pragma once

#include <QString>

namespace cabildo {

/** Unicode NFC, the form every note's text is stored in (app/storage/FORMAT.md). */
QString toNfc(const QString &text);

/**
 * Lower-case, accent-free form for searching and matching: "Participación" and
 * "participacion" fold to the same string, as do "Ação" and "acao".
 */
QString foldForSearch(const QString &text);

} // namespace cabildo
