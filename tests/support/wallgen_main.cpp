// cabildo_wallgen DATA_FOLDER OUT_FOLDER [PHOTOS_PER_WALL] [SEED]: generated photos of walls of
// sticky notes (one set per wall colour), each JPEG with a JSON file of its notes' true outlines
// and texts. DATA_FOLDER holds clustering/sib200-train-en-fr-es-pt.csv (the note texts).

#include "wallgen.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace cabildo::wallgen;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: cabildo_wallgen DATA_FOLDER OUT_FOLDER [PHOTOS_PER_WALL] [SEED]\n");
        return 2;
    }
    const QStringList texts = noteTexts(args.at(1));
    const QDir out(args.at(2));
    QDir().mkpath(out.path());
    const int perWall = args.size() > 3 ? args.at(3).toInt() : 2;
    const quint32 seed = args.size() > 4 ? args.at(4).toUInt() : 1;
    for (const QString &colour : wallColours()) {
        for (int i = 0; i < perWall; ++i) {
            WallSpec spec;
            spec.wallColour = colour;
            spec.layoutSeed = seed * 1000 + quint32(qHash(colour) % 997) * 10 + quint32(i);
            spec.photoSeed = spec.layoutSeed + 7;
            const Wall wall = generateWall(spec, texts);
            const QString base = out.filePath(QStringLiteral("wall-%1-%2").arg(colour).arg(i));
            QFile jpeg(base + QLatin1String(".jpg"));
            if (!jpeg.open(QIODevice::WriteOnly) || jpeg.write(wall.jpeg()) < 0) {
                std::fprintf(stderr, "cabildo_wallgen: cannot write %s\n", qPrintable(jpeg.fileName()));
                return 1;
            }
            QJsonArray notes;
            for (const TrueNote &n : wall.notes) {
                QJsonArray outline;
                for (const QPointF &p : n.outline)
                    outline.append(QJsonArray{p.x(), p.y()});
                notes.append(QJsonObject{{QStringLiteral("outline"), outline},
                                         {QStringLiteral("text"), n.text},
                                         {QStringLiteral("lettering"), n.lettering == Lettering::Block
                                                                           ? QStringLiteral("block")
                                                                           : QStringLiteral("handwriting")},
                                         {QStringLiteral("colour"), n.colour},
                                         {QStringLiteral("visibleShare"), n.visibleShare}});
            }
            QFile json(base + QLatin1String(".json"));
            if (!json.open(QIODevice::WriteOnly))
                return 1;
            json.write(QJsonDocument(QJsonObject{{QStringLiteral("wall"), colour},
                                                 {QStringLiteral("jpegQuality"), wall.jpegQuality},
                                                 {QStringLiteral("notes"), notes}})
                           .toJson());
            std::printf("%s.jpg: %d notes\n", qPrintable(base), int(wall.notes.size()));
        }
    }
    return 0;
}
