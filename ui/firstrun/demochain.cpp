#include "app/gui/firstrun.h"

#include "core/chain/chainsettings.h"
#include "core/storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

namespace app {

core::Status createDemoChain(const QString &path, QWidget *parent)
{
    Q_UNUSED(parent);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = core::storage::Database::open(path);
    if (!db)
        return db.error();
    core::chain::ChainSettings settings;
    settings.name = QApplication::translate("FirstRun", "Demo Noodle House");
    return core::chain::ChainStore::initialise(**db, settings, QStringLiteral("owner"),
                                               QStringLiteral("chaincard-demo"));
}

} // namespace app
