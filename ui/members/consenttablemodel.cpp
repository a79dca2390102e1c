#include "ui/members/consenttablemodel.h"

namespace ui::members {

using core::people::Consent;

ConsentTableModel::ConsentTableModel(ChainFormat format, QObject *parent)
    : RecordTableModel(std::move(format), ColumnCount, parent)
{
}

void ConsentTableModel::setConsents(const QVector<Consent> &recorded)
{
    QVector<Consent> rows;
    for (const auto channel : core::people::allChannels()) {
        Consent row;
        row.channel = channel;
        for (const Consent &c : recorded) {
            if (c.channel == channel)
                row = c;
        }
        rows.push_back(row);
    }
    setRecords(rows);
}

QStringList ConsentTableModel::pageSources()
{
    return { QStringLiteral("counter"), QStringLiteral("paper form"), QStringLiteral("phone call"),
             QStringLiteral("e-mail") };
}

QString ConsentTableModel::sourceText(const QString &source)
{
    if (source == QLatin1String("counter"))
        return tr("In person at the counter");
    if (source == QLatin1String("paper form"))
        return tr("On a paper form");
    if (source == QLatin1String("phone call"))
        return tr("In a phone call");
    if (source == QLatin1String("e-mail"))
        return tr("By e-mail");
    if (source == QLatin1String("import"))
        return tr("Imported");
    if (source == QLatin1String("demo"))
        return tr("Demo data");
    return source;
}

QString ConsentTableModel::header(int column) const
{
    switch (Column(column)) {
    case Channel: return tr("Channel");
    case Given: return tr("Consent");
    case When: return tr("When");
    case How: return tr("How");
    case ColumnCount: break;
    }
    return {};
}

QString ConsentTableModel::text(const Consent &c, int column) const
{
    switch (Column(column)) {
    case Channel: return core::people::channelDisplayName(c.channel);
    case Given:
        if (c.changedAt == 0)
            return tr("Never asked");
        return c.granted ? tr("Given") : tr("Not given");
    case When: return m_format.dateTime(c.changedAt);
    case How: return sourceText(c.source);
    case ColumnCount: break;
    }
    return {};
}

QVariant ConsentTableModel::raw(const Consent &c, int column) const
{
    switch (Column(column)) {
    case Channel: return core::people::channelName(c.channel);
    case Given: return c.granted;
    case When: return c.changedAt;
    case How: return c.source;
    case ColumnCount: break;
    }
    return {};
}

} // namespace ui::members
