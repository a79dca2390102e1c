#include "core/csv/csvwriter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

namespace core::csv {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
};

constexpr qsizetype flushBytes = 256 * 1024;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, bool excel)
    : m_device(device)
    , m_excel(excel)
{
    m_buffer.reserve(flushBytes + 4096);
    if (m_excel)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    if (!m_failed)
        (void)flush();
}

bool CsvWriter::looksLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\0':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::neutralised(QStringView text)
{
    if (!looksLikeFormula(text))
        return text.toString();
    return QLatin1Char('\'') + text.toString();
}

void CsvWriter::addField(QStringView value, Cell cell)
{
    if (m_fieldsInRecord++ > 0)
        m_buffer.append(',');
    QByteArray utf8 = value.toUtf8();
    if (cell == Cell::Text && looksLikeFormula(value))
        utf8.prepend('\'');
    m_lastFieldEmpty = utf8.isEmpty();
    bool quote = !utf8.isEmpty() && (isBlank(utf8.front()) || isBlank(utf8.back()));
    for (qsizetype i = 0; i < utf8.size() && !quote; ++i) {
        const char c = utf8.at(i);
        quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
        m_buffer.append(utf8);
        return;
    }
    m_buffer.append('"');
    qsizetype from = 0;
    for (qsizetype at = utf8.indexOf('"'); at >= 0; at = utf8.indexOf('"', at + 1)) {
        m_buffer.append(utf8.constData() + from, at + 1 - from);
        m_buffer.append('"'); // a quote inside a quoted field is doubled
        from = at + 1;
    }
    m_buffer.append(utf8.constData() + from, utf8.size() - from);
    m_buffer.append('"');
}

Status CsvWriter::endRecord()
{
    // A record of one empty field would be a blank line, which readers skip: write "" instead.
    if (m_fieldsInRecord == 1 && m_lastFieldEmpty)
        m_buffer.append("\"\"");
    m_fieldsInRecord = 0;
    m_buffer.append(m_excel ? "\r\n" : "\n");
    if (m_buffer.size() >= flushBytes)
        return flush();
    return m_failed ? Status(m_error) : Status();
}

Status CsvWriter::writeRecord(const QStringList &fields, Cell cell)
{
    for (const QString &field : fields)
        addField(field, cell);
    return endRecord();
}

Status CsvWriter::writeRecord(const QStringList &fields, const QList<Cell> &cells)
{
    for (qsizetype i = 0; i < fields.size(); ++i)
        addField(fields.at(i), i < cells.size() ? cells.at(i) : Cell::Text);
    return endRecord();
}

Status CsvWriter::flush()
{
    if (m_failed)
        return m_error;
    if (!m_device || !m_device->isWritable())
        return failure();
    qsizetype written = 0;
    while (written < m_buffer.size()) {
        const qint64 n = m_device->write(m_buffer.constData() + written, m_buffer.size() - written);
        if (n <= 0)
            return failure();
        written += qsizetype(n);
    }
    m_buffer.clear();
    // QFile keeps its own buffer: a full disk shows only when that is written.
    if (auto *file = qobject_cast<QFileDevice *>(m_device); file && !file->flush())
        return failure();
    return {};
}

Status CsvWriter::failure()
{
    m_failed = true;
    m_buffer.clear();
    const auto *file = qobject_cast<QFileDevice *>(m_device);
    const QString reason = m_device ? m_device->errorString() : QString();
    if (file && !file->fileName().isEmpty())
        m_error = Error(Error::Code::Io,
                        Tr::tr("Writing the CSV file %1 failed: %2").arg(file->fileName(), reason));
    else
        m_error = Error(Error::Code::Io, Tr::tr("Writing the CSV output failed: %1").arg(reason));
    return m_error;
}

} // namespace core::csv
