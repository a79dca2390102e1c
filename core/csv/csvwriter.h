#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace core::csv {

// Writes RFC 4180 CSV in UTF-8, comma-separated, quoting a field only when it must (it holds a
// comma, quote, CR or LF, or starts or ends with a space or tab). With `excel` the file starts
// with a UTF-8 BOM and lines end in CRLF, which is how Excel opens UTF-8 correctly; otherwise
// LF and no BOM.
//
// Spreadsheet formulas: a Text cell starting with = + - @ tab CR or NUL would run as a formula
// when the file is opened in a spreadsheet, so it is written with a ' in front. Verbatim cells
// (phone numbers such as +8613800138000, amounts such as -80.00, dates) are written as they are:
// the caller knows them to be data. The reader does not take the ' off again: a neutralised cell
// reads back as the text that was shown in the spreadsheet; whether an importer strips it is the
// importer's decision.
//
// Output is buffered; flush() writes it out and reports a failing device (a full disk).
class CsvWriter
{
public:
    enum class Cell { Text, Verbatim };

    explicit CsvWriter(QIODevice *device, bool excel = false);
    ~CsvWriter(); // flushes, but cannot report failure: call flush() when done
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Field by field: addField() for each, then endRecord().
    void addField(QStringView value, Cell cell = Cell::Text);
    Status endRecord();

    // All fields of one kind, or one kind per field (Text for fields past the end of `cells`).
    Status writeRecord(const QStringList &fields, Cell cell = Cell::Text);
    Status writeRecord(const QStringList &fields, const QList<Cell> &cells);

    Status flush();

    // Whether a spreadsheet would take `text` for a formula, and the text as written for it.
    static bool looksLikeFormula(QStringView text);
    static QString neutralised(QStringView text);

private:
    Status failure();

    QIODevice *m_device;
    bool m_excel;
    QByteArray m_buffer;
    int m_fieldsInRecord = 0;
    bool m_lastFieldEmpty = false;
    bool m_failed = false;
    Error m_error;
};

} // namespace core::csv
