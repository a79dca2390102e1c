#pragma once

#include "core/csv/csvreader.h"
#include "core/csv/recordkind.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ui::importer {

class ImportWizard;

// Step 1: what kind of record the file holds, the file, and how it is encoded and separated
// (detected unless chosen). Going on reads the file's first rows, and refuses a file that
// cannot be read, saying why.
class KindFilePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit KindFilePage(ImportWizard *wizard);

    core::csv::Kind kind() const;
    QString filePath() const;
    core::csv::CsvOptions csvOptions() const;

    void setKind(core::csv::Kind kind);
    void setFilePath(const QString &path);

    QComboBox *kindChooser() const { return m_kind; }
    QComboBox *encodingChooser() const { return m_encoding; }
    QComboBox *delimiterChooser() const { return m_delimiter; }
    QLineEdit *fileEdit() const { return m_file; }
    QLabel *errorLabel() const { return m_error; }

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void retranslate();

    ImportWizard *m_wizard;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QLabel *m_delimiterLabel;
    QComboBox *m_delimiter;
    QLabel *m_error;
};

} // namespace ui::importer
