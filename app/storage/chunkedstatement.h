#pragma once
// Many rows a statement (storage only): running one statement through QtSql costs more than
// SQLite's own work on a row, so bulk writes (20,000 notes joining themes, a first restore
// point's 40,000 records) go a hundred rows to a statement.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace cabildo::chunkedstatement {

constexpr qsizetype rowsPerStatement = 100;

/**
 * Runs `sql`, whose %1 stands for a VALUES list, over `count` rows of `columns` parameters,
 * rowsPerStatement rows a statement; `bind` binds row `row` from parameter `first` on. All
 * or none is the caller's transaction. False, with `error` set, on the first failure.
 */
inline bool exec(const QSqlDatabase &db, const QString &sql, int columns, qsizetype count,
                 const std::function<void(QSqlQuery &, qsizetype row, int first)> &bind, QString *error)
{
    if (count == 0)
        return true;
    const QString row =
        QLatin1Char('(') + QStringList(columns, QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
    auto prepare = [&](qsizetype rows) {
        QSqlQuery query(db);
        query.prepare(sql.arg(QStringList(rows, row).join(QLatin1Char(','))));
        return query;
    };
    QSqlQuery query = prepare(std::min(rowsPerStatement, count));
    for (qsizetype first = 0; first < count; first += rowsPerStatement) {
        const qsizetype rows = std::min(rowsPerStatement, count - first);
        if (rows < rowsPerStatement && first > 0)
            query = prepare(rows);
        for (qsizetype i = 0; i < rows; ++i)
            bind(query, first + i, int(i) * columns);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace cabildo::chunkedstatement
