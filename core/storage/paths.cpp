#include "core/storage/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace core::storage {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("chain.chaincard"));
}

} // namespace core::storage
