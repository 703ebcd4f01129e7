#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cabildo {

/**
 * One named QSQLITE connection, closed and removed when this goes away. Every query on it
 * must be destroyed first (Qt warns otherwise), so keep queries in narrower scopes.
 */
class Connection
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite
    };

    Connection(const QString &path, Mode mode);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString errorText() const;
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace cabildo
