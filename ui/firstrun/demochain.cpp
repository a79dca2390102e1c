#include "ui/firstrun/demochain.h"

#include "core/auth/actor.h"
#include "core/storage/database.h"
#include "ui/shell/workerthreads.h"

#include <QApplication>
#include <QProgressDialog>

#include <atomic>
#include <optional>

namespace ui::firstrun {

core::demo::DemoOptions defaultDemo()
{
    core::demo::DemoOptions options;
    options.branches = 20;
    options.members = 20000;
    options.visits = 200000;
    options.seed = 1;
    return options;
}

core::Status generateDemoData(const QString &path, QWidget *parent,
                              const core::demo::DemoOptions &options)
{
    QProgressDialog progress(QApplication::translate("FirstRun", "Creating the demo chain…"),
                             QApplication::translate("FirstRun", "Cancel"), 0, 1000, parent);
    progress.setWindowTitle(QApplication::translate("FirstRun", "ChainCard"));
    progress.setMinimumDuration(0);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setValue(0);

    std::atomic<bool> cancelled { false };
    std::optional<core::Status> outcome;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress,
                     [&cancelled] { cancelled = true; });
    runOffUiThread([&] {
        core::storage::OpenOptions open;
        open.mode = core::storage::OpenOptions::Mode::OpenExisting;
        auto db = core::storage::Database::open(path, open);
        if (!db) {
            outcome = db.error();
            return;
        }
        auto summary = core::demo::DemoGenerator(**db).generate(
            core::auth::Actor::localOwner(), options, [&](int permille) {
                QMetaObject::invokeMethod(&progress, "setValue", Qt::QueuedConnection,
                                          Q_ARG(int, permille));
                return !cancelled.load();
            });
        outcome = summary ? core::Status() : core::Status(summary.error());
    });
    if (cancelled)
        return core::Status(); // an empty chain: the owner chose not to wait
    return outcome.value_or(core::Status());
}

} // namespace ui::firstrun
