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

} // namespace cabildo
