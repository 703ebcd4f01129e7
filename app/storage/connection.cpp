#include "connection.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

namespace cabildo {

namespace {
QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cabildo-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Connection::Connection(const QString &path, Mode mode) : m_name(uniqueConnectionName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (mode == Mode::ReadOnly) {
        // A read-only connection to a WAL file still creates empty -wal and -shm files
        // beside it. With no -wal there (nobody is writing), "immutable" reads the file as
        // it is and leaves nothing behind; with one, "mode=ro" reads through it.
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QFileInfo::exists(path + QStringLiteral("-wal")) ? QStringLiteral("mode=ro")
                                                                      : QStringLiteral("immutable=1"));
        m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    }
    m_db.open();
}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString Connection::errorText() const
{
    return m_db.lastError().text();
}

} // namespace cabildo
