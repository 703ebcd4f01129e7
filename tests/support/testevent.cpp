#include "testevent.h"

#include <QFile>
#include <QTest>

namespace cabildo::test {

TestFolder::TestFolder()
{
    QVERIFY2(m_dir.isValid(), "temporary folder");
}

QString TestFolder::path(const QString &fileName) const
{
    return m_dir.filePath(fileName);
}

std::unique_ptr<EventDocument> TestFolder::newEvent(const QString &fileName, const QString &title)
{
    QString error;
    auto document = EventDocument::create(path(fileName), title, QString(), QStringLiteral("UTC"), &error);
    if (!document)
        qWarning("cannot create test event: %s", qPrintable(error));
    return document;
}

QString TestFolder::writeFile(const QString &fileName, const QByteArray &bytes) const
{
    QFile file(path(fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(fileName));
    return file.fileName();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString cabildoBinary()
{
    return qEnvironmentVariable("CABILDO_BINARY");
}

} // namespace cabildo::test
