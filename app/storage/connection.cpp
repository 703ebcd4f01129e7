#include "connection.h"

#include <QAtomicInt>
#include <QSqlError>

namespace cabildo {

namespace {
QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cabildo-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Connection::Connection(const QString &path, Mode mode)
    : m_name(uniqueConnectionName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    else
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
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
