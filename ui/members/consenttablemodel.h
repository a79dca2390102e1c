#pragma once

#include "core/people/person.h"
#include "ui/members/recordtablemodel.h"

namespace ui::members {

// A person's consent to marketing, one row per channel: given or not, when and how.
class ConsentTableModel final : public RecordTableModel<core::people::Consent>
{
    Q_OBJECT
public:
    enum Column { Channel, Given, When, How, ColumnCount };

    explicit ConsentTableModel(ChainFormat format, QObject *parent = nullptr);

    // One row per channel (core::people::allChannels()), from what is recorded.
    void setConsents(const QVector<core::people::Consent> &recorded);

    // How consent was given, for a stored source: the sources this page records and those of
    // imports and demo data translated, anything else as written.
    static QString sourceText(const QString &source);
    static QStringList pageSources(); // what the member's page offers, stored form

private:
    QString header(int column) const override;
    QString text(const core::people::Consent &consent, int column) const override;
    QVariant raw(const core::people::Consent &consent, int column) const override;
};

} // namespace ui::members
