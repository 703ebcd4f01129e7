#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace cabildo {

void installTranslations(const QLocale &locale)
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (const auto &translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();

    auto load = [](const QString &name, const QLocale &loc, const QString &folder) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(loc, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator.get());
            installed.push_back(std::move(translator));
        }
    };
    load(QStringLiteral("cabildo"), QLocale(QLocale::English), QStringLiteral(":/i18n"));
    if (locale.language() != QLocale::English) {
        load(QStringLiteral("qtbase"), locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        load(QStringLiteral("cabildo"), locale, QStringLiteral(":/i18n"));
    }
}

QLocale systemLocale()
{
    const QLocale system = QLocale::system();
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Qt takes the language from LANGUAGE but dates from LC_ALL, LC_TIME or LANG: with those
    // bare (unset, C, C.UTF-8, POSIX), day names stay English beside French words.
    QString formats = qEnvironmentVariable("LC_ALL");
    if (formats.isEmpty())
        formats = qEnvironmentVariable("LC_TIME");
    if (formats.isEmpty())
        formats = qEnvironmentVariable("LANG");
    const bool bare = formats.isEmpty() || formats == QLatin1String("C") || formats == QLatin1String("POSIX")
                      || formats.startsWith(QLatin1String("C."));
    if (bare && system.language() != QLocale::C)
        return QLocale(system.name()); // the language's own formats, from Qt's data
#endif
    return system;
}

} // namespace cabildo
