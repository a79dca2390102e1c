#include "ui/shell/language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace ui::language {

namespace {

const QString settingsKey = QStringLiteral("language");

// The translators installed now: ChainCard's and Qt's own (standard buttons, dialogs).
std::unique_ptr<QTranslator> &ours()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qts()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

QList<std::pair<QString, QString>> choices()
{
    return { { QStringLiteral("zh_CN"), QStringLiteral("中文") },
             { QStringLiteral("en"), QStringLiteral("English") } };
}

QString saved()
{
    return QSettings().value(settingsKey).toString();
}

void save(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, code);
}

bool apply(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);

    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    auto own = std::make_unique<QTranslator>();
    const bool found = own->load(locale, QStringLiteral("chaincard"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
    if (!found)
        own.reset();
    // Removing the old ones and installing the new ones each send LanguageChange; widgets
    // retranslate from whatever is installed when they handle it.
    // Qt announces only translators that hold messages (English's holds none).
    const auto announces = [](const std::unique_ptr<QTranslator> &t) { return t && !t->isEmpty(); };
    const bool swapped = announces(qts()) || announces(qt) || announces(ours()) || announces(own);
    replace(qts(), std::move(qt));
    replace(ours(), std::move(own));
    if (!swapped) {
        // Nothing announced (English after English): still tell every window, so the
        // Language menu and the Settings page show the choice.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    return found || locale.language() == QLocale::English;
}

} // namespace ui::language
