#pragma once
// Test and benchmark support: an event ready for a room of phones, `cabildo serve` started on
// it, and what the file holds afterwards, read with a connection of our own.

#include <QHash>
#include <QProcess>
#include <QString>

#include <string>
#include <vector>

namespace cabildo::test {

struct Room
{
    QString path;
    std::string round; ///< the open round's UUID
    std::vector<std::string> themes;
};

/** An event with three themes and an open round, closed again so `serve` can open it. */
Room makeRoom(const QString &folder);

/** `cabildo serve FILE --address 127.0.0.1`; returns once it printed its address. */
bool startServer(QProcess &server, const QString &path, int *port, std::string *token);

/** How many phone notes carry each text; `integrity` gets PRAGMA integrity_check's answer. */
QHash<QString, int> storedPhoneNotes(const QString &path, QString *integrity);

} // namespace cabildo::test
