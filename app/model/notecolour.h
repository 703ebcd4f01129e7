#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cabildo {

/** The palette of sticky-note colours: a stable key in the file, a colour, a translated name. */
struct NoteColour
{
    Q_DECLARE_TR_FUNCTIONS(NoteColour)
public:
    QString key;
    QColor fill;

    QString displayName() const;

    static const QList<NoteColour> &palette();
    static NoteColour byKey(const QString &key);  ///< falls back to the default colour
    static QString defaultKey() { return QStringLiteral("yellow"); }
    static bool isKnown(const QString &key);
};

} // namespace cabildo
