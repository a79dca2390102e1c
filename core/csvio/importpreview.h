#pragma once

#include "core/common/result.h"
#include "core/csv/columnmap.h"
#include "core/csv/csvreader.h"
#include "core/csv/recordkind.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QIODevice;

namespace core::csvio {

struct PreviewOptions
{
    csv::Kind kind = csv::Kind::Members;
    csv::CsvOptions csv;                      // encoding and delimiter: detected unless chosen
    QList<QPair<QString, QString>> overrides; // FIELD=HEADER, as Importer takes them
    int rows = 20;                            // data rows to read
    // Required fields without a column: listed in ImportPreview::missing (for a mapping the user
    // is still editing) rather than refused.
    bool allowMissing = false;
};

// One field of the kind and where the file holds it.
struct FieldMapping
{
    QString field;       // canonical or extra name ("phone", "row_type")
    bool required = false;
    bool extra = false;  // read on import, never exported (recordkind.h, extraFields)
    bool combined = false; // made of several columns (First Name + Last Name)
    QList<int> columns;  // the column, or the columns combined; empty when the file lacks it
    QString columnText;  // "Phone", "First Name + Last Name", "Phone / Default Address Phone"
};

// What an import would read from a file, before it reads it all: how the file is encoded and
// separated, its header and first rows as read, and which column feeds which field. The import
// wizard shows it; the importer itself works the same things out again over the whole file.
struct ImportPreview
{
    csv::Kind kind = csv::Kind::Members;
    csv::Encoding encoding = csv::Encoding::Utf8; // as detected or chosen
    char16_t delimiter = u',';
    QStringList header;
    QList<QStringList> rows; // the first data rows, cells as read
    QList<qint64> lines;     // the line each of them starts on
    bool more = false;       // the file has rows beyond them
    csv::ColumnMap map;
    QList<FieldMapping> fields; // every field of the kind, canonical ones first, in export order
    QStringList unknownColumns; // ignored on import
    QStringList missing;        // required fields without a column (allowMissing only)

    // Reads the header and the first rows from the device's current position. Errors: an empty
    // file, text that is not in the encoding chosen or detected, a bad override, and (unless
    // allowMissing) a required field without a column; each names what is wrong.
    static Result<ImportPreview> read(QIODevice *file, const PreviewOptions &options);

    // The refusal for missing required fields, naming them and the file's columns; ok when none.
    Status check() const;

    QString encodingName() const; // "UTF-8", "GB18030", "UTF-16"
    QString delimiterName() const; // ",", ";", "tab"
    // The layout for people: "Shopify customers export", "ChainCard's own columns"...
    QString layoutName() const;
    const FieldMapping *mapping(const QString &field) const;
};

} // namespace core::csvio
