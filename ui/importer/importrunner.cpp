#include "ui/importer/importrunner.h"

#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include <optional>

namespace ui::importer {

ImportRunner::ImportRunner(QString databasePath, core::auth::Actor actor, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_actor(std::move(actor))
{
}

ImportRunner::~ImportRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait();
            delete thread;
        }
    }
}

QString ImportRunner::errorReportPathFor(const QString &filePath)
{
    const QFileInfo file(filePath);
    const QString name = file.completeBaseName() + QStringLiteral("-import-errors.csv");
    const QFileInfo folder(file.absolutePath());
    if (folder.isDir() && folder.isWritable())
        return QDir(folder.absoluteFilePath()).filePath(name);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(data).filePath(QStringLiteral("import-errors/") + name);
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true); // the worker reports cancelled() once the importer has stopped
}

void ImportRunner::deliver(int generation, const std::function<void()> &emitter)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, emitter] {
            if (generation == m_generation)
                emitter();
        },
        Qt::QueuedConnection);
}

void ImportRunner::start(const QString &filePath, const core::csvio::ImportOptions &options,
                         const QString &errorReportPath)
{
    if (m_cancel)
        m_cancel->store(true);
    const int generation = ++m_generation;
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_cancel = stop;
    m_running = true;

    QThread *thread = QThread::create([this, generation, stop, filePath, options, errorReportPath,
                                       path = m_path, actor = m_actor] {
        const auto fail = [&](const QString &message) {
            deliver(generation, [this, message] {
                m_running = false;
                emit failed(message);
            });
        };
        QFile input(filePath);
        if (!input.open(QIODevice::ReadOnly)) {
            fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath), input.errorString()));
            return;
        }
        const qint64 total = input.size();

        core::storage::OpenOptions openOptions;
        openOptions.mode = core::storage::OpenOptions::Mode::OpenExisting;
        auto db = core::storage::Database::open(path, openOptions);
        if (!db) {
            fail(db.error().message());
            return;
        }

        std::optional<QSaveFile> report;
        if (!errorReportPath.isEmpty()) {
            QDir().mkpath(QFileInfo(errorReportPath).absolutePath());
            report.emplace(errorReportPath);
            if (!report->open(QIODevice::WriteOnly)) {
                fail(tr("Cannot write the error report %1: %2")
                         .arg(QDir::toNativeSeparators(errorReportPath), report->errorString()));
                return;
            }
        }

        core::csvio::ImportOptions run = options;
        run.errorReport = report ? &*report : nullptr;
        run.progress = [this, generation, stop, total](qint64 bytesRead) {
            deliver(generation, [this, bytesRead, total] { emit progressed(bytesRead, total); });
            return !stop->load();
        };
        auto result = core::csvio::Importer(**db).run(actor, &input, run);
        db->reset(); // let go of the chain before anyone hears the outcome

        if (!result || (stop->load() && !result->written)) {
            if (stop->load()) {
                deliver(generation, [this] {
                    m_running = false;
                    emit cancelled();
                });
            } else {
                fail(result.error().message());
            }
            return; // an uncommitted QSaveFile leaves no file behind
        }
        QString written;
        QString problem;
        if (report && result->rejected > 0) {
            if (report->commit())
                written = errorReportPath;
            else
                problem = tr("The error report could not be written to %1: %2")
                              .arg(QDir::toNativeSeparators(errorReportPath), report->errorString());
        }
        deliver(generation, [this, value = std::move(*result), written, problem] {
            m_running = false;
            if (!problem.isEmpty())
                emit warning(problem);
            emit finished(value, written);
        });
    });
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace ui::importer
