#include "core/maintenance/backup.h"

#include "core/common/log.h"
#include "core/maintenance/filesync.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace core::maintenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

const QString fileField = QStringLiteral("file");

// Removes the temporary copy (and any -wal/-shm/-journal the check left) unless released.
class TemporaryCopy
{
public:
    explicit TemporaryCopy(QString path)
        : m_path(std::move(path))
    {
    }
    ~TemporaryCopy()
    {
        if (m_path.isEmpty())
            return;
        for (const char *suffix : { "-wal", "-shm", "-journal", "" })
            QFile::remove(m_path + QLatin1String(suffix));
    }
    TemporaryCopy(const TemporaryCopy &) = delete;
    TemporaryCopy &operator=(const TemporaryCopy &) = delete;

    const QString &path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

// Where the copy is written first: a new, empty file beside the target, so the final rename
// stays on one file system and is atomic. VACUUM INTO accepts an empty file.
Result<QString> createTemporaryName(const QString &target, const QString &folder)
{
    QTemporaryFile file(target + QStringLiteral(".XXXXXX.part"));
    file.setAutoRemove(false);
    if (!file.open())
        return Error(Error::Code::Io,
            Tr::tr("Cannot back up to %1: no file can be created in the folder %2 (%3).")
                .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(folder),
                    file.errorString()),
            fileField);
    const QString name = file.fileName();
    file.close();
    return name;
}

// The database or one of its side files, by identity (links, "..", letter case) where the file
// exists, by name where it does not (a backup named like the -wal would be taken for one).
bool isDatabaseFile(const storage::Database &db, const QFileInfo &target)
{
    const QString database = QFileInfo(db.path()).absoluteFilePath();
    for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
        const QString file = database + QLatin1String(suffix);
        if (sameFile(file, target.absoluteFilePath())
            || QString::compare(file, target.absoluteFilePath(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Status checkTarget(const storage::Database &db, const QFileInfo &target, bool overwrite)
{
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return Error(Error::Code::NotFound,
            Tr::tr("Cannot back up to %1: the folder %2 does not exist.")
                .arg(shown, QDir::toNativeSeparators(folder.absoluteFilePath())),
            fileField);
    if (target.exists() && target.isDir())
        return Error(Error::Code::InvalidInput,
            Tr::tr("Cannot back up to %1: it is a folder, not a file.").arg(shown), fileField);
    if (isDatabaseFile(db, target))
        return Error(Error::Code::InvalidInput,
            Tr::tr("Cannot back up to %1: that is the chain database itself. Choose "
                   "another file.")
                .arg(shown),
            fileField);
    if (target.exists() && !overwrite)
        return Error(Error::Code::Conflict,
            Tr::tr("Cannot back up to %1: the file already exists. Choose another name "
                   "or allow overwriting it.")
                .arg(shown),
            fileField);
    return {};
}

// Opens the copy as a chain database (header, application id, schema version, pragmas) and
// runs SQLite's quick check over every page of it.
Status verifyCopy(const QString &copy, int expectedVersion)
{
    storage::OpenOptions options;
    options.mode = storage::OpenOptions::Mode::OpenExisting;
    auto opened = storage::Database::open(copy, options);
    if (!opened)
        return opened.error();
    storage::Database &backup = **opened;
    if (backup.schemaVersion() != expectedVersion)
        return Error(Error::Code::Corrupt,
            Tr::tr("the copy has schema version %1 instead of %2.")
                .arg(backup.schemaVersion())
                .arg(expectedVersion));
    auto check = storage::scalar(backup, QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return check.error();
    if (check->toString() != QLatin1String("ok"))
        return Error(Error::Code::Corrupt,
            Tr::tr("SQLite's quick check of the copy says: %1").arg(check->toString()));
    return {};
}

} // namespace

Result<BackupInfo> Backup::run(
    storage::Database &db, const auth::Actor &actor, const QString &target, bool overwrite)
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = actor.requireOwner(Tr::tr("back up the chain database")); !s)
        return s.error();
    if (target.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("Give the file to back up to."), fileField);
    if (db.transactionDepth() > 0)
        return Error(Error::Code::Storage,
            Tr::tr("A backup cannot be taken inside a transaction; finish it first."));
    const QFileInfo info(target);
    const QString absolute = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    if (auto s = checkTarget(db, info, overwrite); !s)
        return s.error();

    auto temporaryName = createTemporaryName(absolute, info.absolutePath());
    if (!temporaryName)
        return temporaryName.error();
    TemporaryCopy copy(*temporaryName);

    // One read transaction: writers on other connections carry on, the copy is the database as
    // it was when the copy started.
    if (auto s = storage::execOnce(db, QStringLiteral("VACUUM INTO ?"), { copy.path() }); !s)
        return Error(s.error().code(),
            Tr::tr("Backing up to %1 failed, nothing was written: %2")
                .arg(shown, s.error().message()),
            fileField);
    if (auto s = verifyCopy(copy.path(), db.schemaVersion()); !s)
        return Error(s.error().code(),
            Tr::tr("The backup written for %1 did not pass its check and was discarded: "
                   "%2")
                .arg(shown, s.error().message()),
            fileField);
    // VACUUM INTO does not flush its output; the copy must be on disk before it takes the
    // target's name, or a power cut could leave a named but empty backup.
    QString reason;
    if (!syncFile(copy.path(), &reason))
        return Error(Error::Code::Io,
            Tr::tr("The backup for %1 could not be flushed to disk, nothing was written: "
                   "%2")
                .arg(shown, reason),
            fileField);
    const qint64 bytes = QFileInfo(copy.path()).size();
    if (!overwrite && QFileInfo::exists(absolute))
        return Error(Error::Code::Conflict,
            Tr::tr("Cannot back up to %1: the file appeared while the backup was being "
                   "made. Choose another name or allow overwriting it.")
                .arg(shown),
            fileField);
    if (!renameFile(copy.path(), absolute, overwrite, &reason))
        return Error(Error::Code::Io,
            Tr::tr("The backup could not be put in place at %1, nothing was written: %2")
                .arg(shown, reason),
            fileField);
    copy.release();
    if (!syncFolder(info.absolutePath()))
        qCWarning(lcStorage) << "could not flush the folder of" << absolute;

    BackupInfo out;
    out.path = absolute;
    out.bytes = bytes;
    out.schemaVersion = db.schemaVersion();
    out.elapsedMs = timer.elapsed();
    qCInfo(lcStorage) << "backup written to" << absolute << bytes << "bytes in" << out.elapsedMs
                      << "ms";
    return out;
}

} // namespace core::maintenance
