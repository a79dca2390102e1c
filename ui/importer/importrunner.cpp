#include "ui/importer/importrunner.h"

#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

namespace ui::importer {

ImportRunner::ImportRunner(QString databasePath, core::auth::Actor actor, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_actor(std::move(actor))
{
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
    m_workers.stop(); // the worker reports cancelled() once the importer has stopped
}

void ImportRunner::start(const QString &filePath, const core::csvio::ImportOptions &options,
                         const QString &errorReportPath)
{
    m_running = true;
    m_workers.start([this, filePath, options, errorReportPath, path = m_path,
                     actor = m_actor](const WorkerThreads::Job &job) {
        const auto fail = [this, &job](const QString &message) {
            m_workers.deliver(job, [this, message] {
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
        run.progress = [this, &job, total](qint64 bytesRead) {
            m_workers.deliver(job, [this, bytesRead, total] { emit progressed(bytesRead, total); });
            return !job.isCancelled();
        };
        auto result = core::csvio::Importer(**db).run(actor, &input, run);
        db->reset(); // let go of the chain before anyone hears the outcome

        if (!result || (job.isCancelled() && !result->written)) {
            if (job.isCancelled()) {
                m_workers.deliver(job, [this] {
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
        m_workers.deliver(job, [this, value = std::move(*result), written, problem] {
            m_running = false;
            if (!problem.isEmpty())
                emit warning(problem);
            emit finished(value, written);
        });
    });
}

} // namespace ui::importer
