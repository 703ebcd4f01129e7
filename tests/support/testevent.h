#pragma once

#include "document/eventdocument.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace cabildo::test {

/** A temporary folder holding event files for one test; removed afterwards. */
class TestFolder
{
public:
    TestFolder();
    QString path(const QString &fileName) const;
    /** Creates a new event file there and returns it open. */
    std::unique_ptr<EventDocument> newEvent(const QString &fileName = QStringLiteral("test.cabildo"),
                                            const QString &title = QStringLiteral("Test event"));
    QString writeFile(const QString &fileName, const QByteArray &bytes) const;

private:
    QTemporaryDir m_dir;
};

/** The whole content of a file, for byte-for-byte comparisons. */
QByteArray readAll(const QString &path);

/** The `cabildo` executable under test (CABILDO_BINARY, set by CTest). */
QString cabildoBinary();

} // namespace cabildo::test
