#pragma once

#include <QString>

namespace core::maintenance {

// Small file-system steps a crash-safe file replacement needs and Qt does not offer.

// Flushes the file's contents to stable storage (fsync / FlushFileBuffers). False on failure,
// with the reason in `error`.
bool syncFile(const QString &path, QString *error);

// Makes a rename inside `folder` durable (fsync of the folder on POSIX; nothing to do on
// Windows, where the rename itself is written through). Best effort: false means unknown.
bool syncFolder(const QString &folder);

// Renames `from` to `to` in the same folder in one atomic step. With `replace`, an existing
// `to` is replaced atomically; without it, an existing `to` makes the rename fail and stays
// as it was. False on failure, with the reason in `error`.
bool renameFile(const QString &from, const QString &to, bool replace, QString *error);

// Whether the two paths name the same file (same device and inode or file id), whatever the
// spelling, links or letter case. False when either does not exist.
bool sameFile(const QString &a, const QString &b);

} // namespace core::maintenance
