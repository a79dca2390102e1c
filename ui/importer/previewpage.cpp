#include "ui/importer/previewpage.h"

#include "ui/importer/importwizard.h"
#include "ui/shell/formhelpers.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui::importer {

namespace {

constexpr int ChoiceRole = Qt::UserRole;
constexpr int ColumnRole = Qt::UserRole + 1;

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QWidget *labelled(QLabel *label, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

PreviewPage::PreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_rowsLabel(new QLabel(this))
    , m_rows(new QTableWidget(this))
    , m_mappingLabel(new QLabel(this))
    , m_mapping(new QTableWidget(this))
    , m_ignored(new QLabel(this))
    , m_dateFormatLabel(new QLabel(this))
    , m_dateFormat(new QLineEdit(this))
    , m_error(ui::errorLabel(this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_rows->setObjectName(QStringLiteral("rows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setAlternatingRowColors(true);
    m_rows->setWordWrap(false);
    m_rows->horizontalHeader()->setMaximumSectionSize(260);
    m_rows->verticalHeader()->setDefaultSectionSize(m_rows->fontMetrics().height() + 8);
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    m_rowsLabel->setBuddy(m_rows);
    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_mapping->setColumnCount(3);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 2);
    m_mappingLabel->setBuddy(m_mapping);
    m_ignored->setObjectName(QStringLiteral("ignored"));
    m_ignored->setWordWrap(true);
    m_ignored->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_dateFormat->setObjectName(QStringLiteral("dateFormat"));
    m_dateFormat->setClearButtonEnabled(true);
    m_dateFormatLabel->setBuddy(m_dateFormat);
    m_dateFormatLabel->setWordWrap(true);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_ignored);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(m_dateFormatLabel);
    sideLayout->addWidget(m_dateFormat);
    sideLayout->addStretch(1);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(labelled(m_mappingLabel, m_mapping, lower), 3);
    lowerLayout->addWidget(side, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(labelled(m_rowsLabel, m_rows, splitter));
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    retranslate();
}

QString PreviewPage::dateFormat() const
{
    return m_dateFormat->text().trimmed();
}

QComboBox *PreviewPage::columnChooser(const QString &field) const
{
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (m_mapping->item(row, FieldColumn) && m_mapping->item(row, FieldColumn)->text() == field)
            return qobject_cast<QComboBox *>(m_mapping->cellWidget(row, SourceColumn));
    }
    return nullptr;
}

void PreviewPage::initializePage()
{
    m_detected = m_wizard->firstPreview();
    m_current = m_detected;
    m_overrides.clear();
    m_problem.clear();
    fillRows();
    fillMapping();
    updateChoosers();
    showState();
}

bool PreviewPage::isComplete() const
{
    return m_problem.isEmpty() && m_current.missing.isEmpty();
}

void PreviewPage::fillRows()
{
    const QStringList &header = m_detected.header;
    m_rows->clear();
    m_rows->setColumnCount(int(header.size()));
    m_rows->setRowCount(int(m_detected.rows.size()));
    for (int c = 0; c < header.size(); ++c) {
        const QString name = header[c].trimmed();
        m_rows->setHorizontalHeaderItem(c, new QTableWidgetItem(name.isEmpty() ? tr("(column %1)").arg(c + 1) : name));
    }
    for (int r = 0; r < m_detected.rows.size(); ++r) {
        auto *line = new QTableWidgetItem(QString::number(m_detected.lines.value(r)));
        line->setToolTip(tr("Line %1 of the file").arg(m_detected.lines.value(r)));
        m_rows->setVerticalHeaderItem(r, line);
        const QStringList &cells = m_detected.rows[r];
        for (int c = 0; c < cells.size() && c < header.size(); ++c) {
            auto *item = readOnlyItem(cells[c]);
            item->setToolTip(cells[c]);
            m_rows->setItem(r, c, item);
        }
    }
    m_rows->resizeColumnsToContents();
}

void PreviewPage::fillMapping()
{
    m_mapping->clearContents();
    m_mapping->setRowCount(int(m_detected.fields.size()));
    for (int row = 0; row < m_detected.fields.size(); ++row) {
        const core::csvio::FieldMapping &detected = m_detected.fields[row];
        m_mapping->setItem(row, FieldColumn, readOnlyItem(detected.field));
        m_mapping->setItem(row, RequiredColumn, readOnlyItem(QString()));
        auto *chooser = new QComboBox(m_mapping);
        chooser->setObjectName(QStringLiteral("column_") + detected.field);
        if (detected.combined) {
            chooser->addItem(detected.columnText, int(Detected));
            chooser->setItemData(0, -1, ColumnRole);
        }
        chooser->addItem(tr("(none)"), int(NoColumn));
        chooser->setItemData(chooser->count() - 1, -1, ColumnRole);
        for (int c = 0; c < m_detected.header.size(); ++c) {
            const QString name = m_detected.header[c].trimmed();
            if (name.isEmpty())
                continue; // an override names its column by its header
            chooser->addItem(name, int(Column));
            chooser->setItemData(chooser->count() - 1, c, ColumnRole);
        }
        const QString field = detected.field;
        connect(chooser, &QComboBox::currentIndexChanged, this,
                [this, field](int index) { choose(field, index); });
        m_mapping->setCellWidget(row, SourceColumn, chooser);
    }
    m_mapping->resizeColumnToContents(FieldColumn);
}

void PreviewPage::updateChoosers()
{
    QFont bold = m_mapping->font();
    bold.setBold(true);
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const QString field = m_mapping->item(row, FieldColumn)->text();
        auto *chooser = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, SourceColumn));
        const core::csvio::FieldMapping *now = m_current.mapping(field);
        if (!chooser || !now)
            continue;
        int index = chooser->findData(int(NoColumn), ChoiceRole);
        if (now->combined)
            index = std::max(0, chooser->findData(int(Detected), ChoiceRole));
        else if (!now->columns.isEmpty())
            index = std::max(index, chooser->findData(now->columns.first(), ColumnRole));
        const QSignalBlocker blocker(chooser);
        chooser->setCurrentIndex(index);

        const bool missing = m_current.missing.contains(field);
        QTableWidgetItem *required = m_mapping->item(row, RequiredColumn);
        required->setText(missing ? tr("required: choose a column") : now->required ? tr("required") : QString());
        required->setForeground(missing ? QColor(0xb0, 0x00, 0x20) : m_mapping->palette().text().color());
        m_mapping->item(row, FieldColumn)->setFont(now->required ? bold : m_mapping->font());
    }
    m_mapping->resizeColumnToContents(RequiredColumn);
}

void PreviewPage::choose(const QString &field, int index)
{
    auto *chooser = columnChooser(field);
    const core::csvio::FieldMapping *detected = m_detected.mapping(field);
    if (!chooser || !detected)
        return;
    const auto choice = Choice(chooser->itemData(index, ChoiceRole).toInt());
    const int column = chooser->itemData(index, ColumnRole).toInt();
    m_overrides.removeIf([&](const QPair<QString, QString> &o) { return o.first == field; });
    const bool asDetected = choice == Detected
        || (choice == NoColumn && detected->columns.isEmpty())
        || (choice == Column && !detected->combined && detected->columns == QList<int>{ column });
    if (!asDetected)
        m_overrides.append({ field, choice == Column ? m_detected.header.value(column).trimmed() : QString() });

    auto preview = m_wizard->readPreview(m_overrides);
    if (preview) {
        m_current = *preview;
        m_problem.clear();
    } else {
        m_problem = preview.error().message();
    }
    updateChoosers();
    showState();
    emit completeChanged();
}

void PreviewPage::showState()
{
    const QString separators = m_current.delimiter == u'\t' ? tr("tabs")
        : m_current.delimiter == u';'                       ? tr("semicolons")
        : m_current.delimiter == u','                       ? tr("commas")
                                                            : QStringLiteral("“%1”").arg(QChar(m_current.delimiter));
    m_summary->setText(tr("Read as %1 text separated by %2. Recognised as: %3.")
                           .arg(m_current.encodingName(), separators, m_current.layoutName()));
    // Plural-free, so that it reads well in every language without plural forms.
    const qint64 first = m_current.lines.value(0);
    const qint64 last = m_current.lines.isEmpty() ? 0 : m_current.lines.last();
    if (m_current.rows.isEmpty())
        m_rowsLabel->setText(tr("The file has a header row and no data rows."));
    else if (first == last)
        m_rowsLabel->setText(m_current.more ? tr("The first row as read (line %1; the file has more):").arg(first)
                                            : tr("The only row as read (line %1):").arg(first));
    else
        m_rowsLabel->setText(m_current.more
                                 ? tr("The first rows as read (lines %1–%2; the file has more):").arg(first).arg(last)
                                 : tr("Every row as read (lines %1–%2):").arg(first).arg(last));
    m_ignored->setText(m_current.unknownColumns.isEmpty()
                           ? tr("Every column of the file is used.")
                           : tr("Ignored columns (not imported): %1")
                                 .arg(m_current.unknownColumns.join(QLatin1String(", "))));
    const QColor ignored = m_rows->palette().color(QPalette::Disabled, QPalette::Text);
    for (int c = 0; c < m_rows->columnCount(); ++c) {
        const bool unused = m_current.map.unknown.contains(c);
        if (QTableWidgetItem *head = m_rows->horizontalHeaderItem(c))
            head->setToolTip(unused ? tr("Not imported") : QString());
        for (int r = 0; r < m_rows->rowCount(); ++r) {
            if (QTableWidgetItem *item = m_rows->item(r, c))
                item->setForeground(unused ? ignored : m_rows->palette().text().color());
        }
    }
    QString problem = m_problem;
    if (problem.isEmpty()) {
        if (auto s = m_current.check(); !s)
            problem = s.error().message();
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
}

void PreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_detected.header.isEmpty())
            showState();
    }
    QWizardPage::changeEvent(event);
}

void PreviewPage::retranslate()
{
    setTitle(tr("Check the columns"));
    setSubTitle(tr("The file as ChainCard reads it, and the column each field comes from. Change a "
                   "column where the guess is wrong."));
    m_mapping->setHorizontalHeaderLabels({ tr("Field"), tr("Required"), tr("Column in the file") });
    m_mappingLabel->setText(tr("&Columns:"));
    m_dateFormatLabel->setText(tr("Date &format (only when the dates are ambiguous):"));
    m_dateFormat->setPlaceholderText(tr("Detected; e.g. dd/MM/yyyy HH:mm, or DMY / MDY"));
}

} // namespace ui::importer
