#pragma once

// The phones' page (resources/web/, embedded under :/web/): a fixed map from a file's name
// to its bytes, read once. The server never touches the filesystem for a request, so a
// path like /../../etc/passwd, encoded or not, can only miss the map.

#include <QByteArray>
#include <QHash>

namespace cabildo {

struct WebAsset
{
    QByteArray contentType;
    QByteArray bytes;
    QByteArray etag; ///< a quoted hash of the bytes, so a phone's cached copy is checked, not fetched
};

/** Every file under :/web/, by its path below it ("app.js", "strings/fr.json"). */
QHash<QByteArray, WebAsset> loadWebAssets();

} // namespace cabildo
