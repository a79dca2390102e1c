#pragma once

#include "core/csvio/importpreview.h"

#include <QList>
#include <QPair>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ui::importer {

class ImportWizard;

// Step 2: the first rows as read, and the column each field of the kind comes from, as
// detected (the layout recognised, names combined); any of them can be changed, or set to no
// column. Columns no field uses are listed: the import ignores them.
class PreviewPage final : public QWizardPage
{
    Q_OBJECT
public:
    enum MappingColumn { FieldColumn, RequiredColumn, SourceColumn };

    explicit PreviewPage(ImportWizard *wizard);

    // FIELD=HEADER pairs for what the user changed; an empty HEADER: no column.
    const QList<QPair<QString, QString>> &overrides() const { return m_overrides; }
    QString dateFormat() const;
    const core::csvio::ImportPreview &preview() const { return m_current; }

    QTableWidget *rowsTable() const { return m_rows; }
    QTableWidget *mappingTable() const { return m_mapping; }
    // The chooser of a field's column in the mapping table; nullptr for a field the kind lacks.
    QComboBox *columnChooser(const QString &field) const;
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *ignoredLabel() const { return m_ignored; }
    QLabel *errorLabel() const { return m_error; }
    QLineEdit *dateFormatEdit() const { return m_dateFormat; }

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Choice { Detected, NoColumn, Column }; // what a chooser's item stands for

    void fillRows();
    void fillMapping();
    void updateChoosers();
    void choose(const QString &field, int index);
    void showState();
    void retranslate();

    ImportWizard *m_wizard;
    core::csvio::ImportPreview m_detected; // with no overrides
    core::csvio::ImportPreview m_current;  // with them
    QList<QPair<QString, QString>> m_overrides;
    QString m_problem;

    QLabel *m_summary;
    QLabel *m_rowsLabel;
    QTableWidget *m_rows;
    QLabel *m_mappingLabel;
    QTableWidget *m_mapping;
    QLabel *m_ignored;
    QLabel *m_dateFormatLabel;
    QLineEdit *m_dateFormat;
    QLabel *m_error;
};

} // namespace ui::importer
