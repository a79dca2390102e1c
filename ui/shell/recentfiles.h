#pragma once

#include <QStringList>

class QSettings;

namespace ui {

// File ▸ Open Recent: the last chains opened, most recent first, kept in QSettings. Files that
// no longer exist are pruned when the list is read.
class RecentFiles
{
public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QSettings &settings);

    QStringList files();
    // Puts `path` first (once, as an absolute path) and forgets what falls past MaxFiles.
    void add(const QString &path);

private:
    void store(const QStringList &files);

    QSettings &m_settings;
};

} // namespace ui
