#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace ui {

// The language the app speaks: the system's by default, or one the user chose (kept in the
// settings). Applying one swaps the installed translators, so every open window gets a
// LanguageChange event and retranslates itself: no restart.
namespace language {

// The languages one may choose besides the system's: code and name, each name in its own
// language so anyone can find theirs. The Language menu and the Settings page both list these.
QList<std::pair<QString, QString>> choices();

// "zh_CN", "en", or empty for the system's language.
QString saved();
void save(const QString &code);
// Installs the translators for `code` (empty: the system's), replacing those installed before.
// Returns whether ChainCard's own translation was found (English needs none).
bool apply(const QString &code);

} // namespace language
} // namespace ui
