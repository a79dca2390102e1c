#include "ui/shell/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace ui {

namespace {
const QString key = QStringLiteral("recentChains");
}

RecentFiles::RecentFiles(QSettings &settings)
    : m_settings(settings)
{
}

QStringList RecentFiles::files()
{
    const QStringList stored = m_settings.value(key).toStringList();
    QStringList out;
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !out.contains(path))
            out.append(path);
    }
    if (out != stored)
        store(out);
    return out;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, MaxFiles));
}

void RecentFiles::store(const QStringList &files)
{
    m_settings.setValue(key, files);
}

} // namespace ui
