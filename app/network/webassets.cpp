#include "webassets.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

namespace cabildo {

namespace {

QByteArray contentTypeOf(const QString &name)
{
    struct Type
    {
        const char *suffix;
        const char *contentType;
    };
    static const Type types[] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".txt", "text/plain; charset=utf-8"},
        {".webmanifest", "application/manifest+json"},
    };
    for (const Type &type : types) {
        if (name.endsWith(QLatin1StringView(type.suffix)))
            return type.contentType;
    }
    return "application/octet-stream";
}

} // namespace

QHash<QByteArray, WebAsset> loadWebAssets()
{
    // qt_add_resources links the files as an object library into whatever links this
    // target, so they are registered before main() (app/network/CMakeLists.txt).
    const QString root = QStringLiteral(":/web/");
    QHash<QByteArray, WebAsset> assets;
    QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        WebAsset asset;
        asset.bytes = file.readAll();
        asset.contentType = contentTypeOf(path);
        asset.etag = '"' + QCryptographicHash::hash(asset.bytes, QCryptographicHash::Sha256).toHex().left(32) + '"';
        assets.insert(path.mid(root.size()).toUtf8(), asset);
    }
    return assets;
}

} // namespace cabildo
