#include "core/maintenance/filesync.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace core::maintenance {

namespace {

std::filesystem::path nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

bool syncFile(const QString &path, QString *error)
{
    // ReadWrite without Truncate: Windows needs write access to flush a handle.
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *error = file.errorString();
        return false;
    }
#ifdef Q_OS_WIN
    const HANDLE handle = reinterpret_cast<HANDLE>(_get_osfhandle(file.handle()));
    if (handle == INVALID_HANDLE_VALUE || !FlushFileBuffers(handle)) {
        *error = QStringLiteral("FlushFileBuffers failed (error %1)").arg(GetLastError());
        return false;
    }
#else
    if (::fsync(file.handle()) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
#endif
    return true;
}

bool syncFolder(const QString &folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
    return true;
#else
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

bool renameFile(const QString &from, const QString &to, bool replace, QString *error)
{
    if (!replace) {
        // QFile::rename never replaces an existing file (it uses renameat2 RENAME_NOREPLACE or
        // link-then-unlink where it can, so a file appearing meanwhile is not clobbered).
        QFile file(from);
        if (file.rename(to))
            return true;
        *error = file.errorString();
        return false;
    }
    // std::filesystem::rename replaces atomically: rename(2) on POSIX, MoveFileExW with
    // MOVEFILE_REPLACE_EXISTING on Windows.
    std::error_code code;
    std::filesystem::rename(nativePath(from), nativePath(to), code);
    if (!code)
        return true;
    *error = QString::fromStdString(code.message());
    return false;
}

bool sameFile(const QString &a, const QString &b)
{
    std::error_code code;
    const bool same = std::filesystem::equivalent(nativePath(a), nativePath(b), code);
    return !code && same;
}

} // namespace core::maintenance
