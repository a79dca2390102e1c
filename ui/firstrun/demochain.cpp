#include "ui/firstrun/demochain.h"

#include "core/auth/actor.h"
#include "core/chain/chainsettings.h"
#include "core/storage/database.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

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

namespace {

// Runs the generator on a worker thread with its own connection, so the progress dialog keeps
// painting and its Cancel button works. Cancelling writes nothing.
core::Status generateOnWorker(const QString &path, QWidget *parent,
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
    QEventLoop loop;
    QThread *worker = QThread::create([&] {
        auto db = core::storage::Database::open(path);
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
    QObject::connect(&progress, &QProgressDialog::canceled, &progress,
                     [&cancelled] { cancelled = true; });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    delete worker;
    if (cancelled)
        return core::Status(); // an empty chain: the owner chose not to wait
    return outcome.value_or(core::Status());
}

} // namespace

core::Status createDemoChain(const QString &path, QWidget *parent,
                             const core::demo::DemoOptions &options)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        auto db = core::storage::Database::open(path);
        if (!db)
            return db.error();
        core::chain::ChainSettings settings;
        settings.name = QApplication::translate("FirstRun", "Demo Noodle House");
        if (auto s = core::chain::ChainStore::initialise(**db, settings, QStringLiteral("owner"),
                                                         QStringLiteral("chaincard-demo"));
            !s) {
            db->reset();
            QFile::remove(path);
            return s;
        }
    }
    // The chain itself exists now; without demo data it still opens, empty.
    if (auto s = generateOnWorker(path, parent, options); !s)
        QMessageBox::warning(parent, QApplication::translate("FirstRun", "ChainCard"),
                             QApplication::translate("FirstRun",
                                                     "The demo data could not be created: %1")
                                 .arg(s.error().message()));
    return core::Status();
}

} // namespace ui::firstrun
