# Generated from forms/import_wizard.ui (sha256 1bfd92eeab312fd5c0ce979124c4be2db317e71ade7dc0a39b8077889375309f) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QTableView, QVBoxLayout, QWidget, QWizard)

from engagement_desktop.gui.import_wizard.step import StepPage

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(960, 660)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.filePage = StepPage()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QVBoxLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.kindGroup = QGroupBox(self.filePage)
        self.kindGroup.setObjectName(u"kindGroup")
        self.kindLayout = QVBoxLayout(self.kindGroup)
        self.kindLayout.setObjectName(u"kindLayout")
        self.peopleRadio = QRadioButton(self.kindGroup)
        self.peopleRadio.setObjectName(u"peopleRadio")
        self.peopleRadio.setChecked(True)

        self.kindLayout.addWidget(self.peopleRadio)

        self.surveyRadio = QRadioButton(self.kindGroup)
        self.surveyRadio.setObjectName(u"surveyRadio")

        self.kindLayout.addWidget(self.surveyRadio)


        self.fileLayout.addWidget(self.kindGroup)

        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(self.filePage)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sheetCombo)

        self.headerLabel = QLabel(self.filePage)
        self.headerLabel.setObjectName(u"headerLabel")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.headerLabel)

        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.headerSpin = QSpinBox(self.filePage)
        self.headerSpin.setObjectName(u"headerSpin")
        self.headerSpin.setMinimum(1)
        self.headerSpin.setMaximum(1000)

        self.headerRow.addWidget(self.headerSpin)

        self.headerNote = QLabel(self.filePage)
        self.headerNote.setObjectName(u"headerNote")
        self.headerNote.setWordWrap(True)

        self.headerRow.addWidget(self.headerNote)


        self.fileForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.headerRow)

        self.encodingTitle = QLabel(self.filePage)
        self.encodingTitle.setObjectName(u"encodingTitle")

        self.fileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.encodingTitle)

        self.encodingLabel = QLabel(self.filePage)
        self.encodingLabel.setObjectName(u"encodingLabel")
        self.encodingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.fileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.encodingLabel)

        self.readTitle = QLabel(self.filePage)
        self.readTitle.setObjectName(u"readTitle")

        self.fileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.readTitle)

        self.readLabel = QLabel(self.filePage)
        self.readLabel.setObjectName(u"readLabel")
        self.readLabel.setWordWrap(True)
        self.readLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.fileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.readLabel)


        self.fileLayout.addLayout(self.fileForm)

        self.errorLabel = QLabel(self.filePage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.fileLayout.addWidget(self.errorLabel)

        self.limitLabel = QLabel(self.filePage)
        self.limitLabel.setObjectName(u"limitLabel")
        self.limitLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.limitLabel)

        self.fileSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayout.addItem(self.fileSpacer)

        self.historyRow = QHBoxLayout()
        self.historyRow.setObjectName(u"historyRow")
        self.historyButton = QPushButton(self.filePage)
        self.historyButton.setObjectName(u"historyButton")

        self.historyRow.addWidget(self.historyButton)

        self.historySpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyRow.addItem(self.historySpacer)


        self.fileLayout.addLayout(self.historyRow)

        ImportWizard.addPage(self.filePage)
        self.columnsPage = StepPage()
        self.columnsPage.setObjectName(u"columnsPage")
        self.columnsLayout = QVBoxLayout(self.columnsPage)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.mappingRow = QHBoxLayout()
        self.mappingRow.setObjectName(u"mappingRow")
        self.mappingLabel = QLabel(self.columnsPage)
        self.mappingLabel.setObjectName(u"mappingLabel")

        self.mappingRow.addWidget(self.mappingLabel)

        self.mappingCombo = QComboBox(self.columnsPage)
        self.mappingCombo.setObjectName(u"mappingCombo")
        self.mappingCombo.setMinimumContentsLength(18)
        self.mappingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.mappingRow.addWidget(self.mappingCombo)

        self.useMappingButton = QPushButton(self.columnsPage)
        self.useMappingButton.setObjectName(u"useMappingButton")

        self.mappingRow.addWidget(self.useMappingButton)

        self.saveMappingButton = QPushButton(self.columnsPage)
        self.saveMappingButton.setObjectName(u"saveMappingButton")

        self.mappingRow.addWidget(self.saveMappingButton)

        self.mappingSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mappingRow.addItem(self.mappingSpacer)

        self.openMappingButton = QPushButton(self.columnsPage)
        self.openMappingButton.setObjectName(u"openMappingButton")

        self.mappingRow.addWidget(self.openMappingButton)

        self.saveMappingFileButton = QPushButton(self.columnsPage)
        self.saveMappingFileButton.setObjectName(u"saveMappingFileButton")

        self.mappingRow.addWidget(self.saveMappingFileButton)


        self.columnsLayout.addLayout(self.mappingRow)

        self.columnsTable = QTableView(self.columnsPage)
        self.columnsTable.setObjectName(u"columnsTable")
        self.columnsTable.setTabKeyNavigation(False)
        self.columnsTable.setAlternatingRowColors(True)
        self.columnsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columnsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columnsTable.setWordWrap(False)
        self.columnsTable.setCornerButtonEnabled(False)
        self.columnsTable.horizontalHeader().setHighlightSections(False)
        self.columnsTable.horizontalHeader().setStretchLastSection(True)
        self.columnsTable.verticalHeader().setVisible(False)

        self.columnsLayout.addWidget(self.columnsTable)

        self.columnsStatus = QLabel(self.columnsPage)
        self.columnsStatus.setObjectName(u"columnsStatus")
        self.columnsStatus.setWordWrap(True)

        self.columnsLayout.addWidget(self.columnsStatus)

        ImportWizard.addPage(self.columnsPage)
        self.rulesPage = StepPage()
        self.rulesPage.setObjectName(u"rulesPage")
        self.rulesLayout = QVBoxLayout(self.rulesPage)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesStack = QStackedWidget(self.rulesPage)
        self.rulesStack.setObjectName(u"rulesStack")
        self.peopleRules = QWidget()
        self.peopleRules.setObjectName(u"peopleRules")
        self.peopleRulesLayout = QVBoxLayout(self.peopleRules)
        self.peopleRulesLayout.setObjectName(u"peopleRulesLayout")
        self.peopleRulesLayout.setContentsMargins(0, 0, 0, 0)
        self.matchGroup = QGroupBox(self.peopleRules)
        self.matchGroup.setObjectName(u"matchGroup")
        self.matchLayout = QVBoxLayout(self.matchGroup)
        self.matchLayout.setObjectName(u"matchLayout")
        self.updateRadio = QRadioButton(self.matchGroup)
        self.updateRadio.setObjectName(u"updateRadio")
        self.updateRadio.setChecked(True)

        self.matchLayout.addWidget(self.updateRadio)

        self.fillRadio = QRadioButton(self.matchGroup)
        self.fillRadio.setObjectName(u"fillRadio")

        self.matchLayout.addWidget(self.fillRadio)

        self.skipRadio = QRadioButton(self.matchGroup)
        self.skipRadio.setObjectName(u"skipRadio")

        self.matchLayout.addWidget(self.skipRadio)

        self.blankNote = QLabel(self.matchGroup)
        self.blankNote.setObjectName(u"blankNote")
        self.blankNote.setWordWrap(True)

        self.matchLayout.addWidget(self.blankNote)


        self.peopleRulesLayout.addWidget(self.matchGroup)

        self.howLabel = QLabel(self.peopleRules)
        self.howLabel.setObjectName(u"howLabel")
        self.howLabel.setWordWrap(True)
        self.howLabel.setTextFormat(Qt.TextFormat.RichText)

        self.peopleRulesLayout.addWidget(self.howLabel)

        self.peopleRulesSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.peopleRulesLayout.addItem(self.peopleRulesSpacer)

        self.rulesStack.addWidget(self.peopleRules)
        self.surveyRules = QWidget()
        self.surveyRules.setObjectName(u"surveyRules")
        self.surveyRulesLayout = QVBoxLayout(self.surveyRules)
        self.surveyRulesLayout.setObjectName(u"surveyRulesLayout")
        self.surveyRulesLayout.setContentsMargins(0, 0, 0, 0)
        self.surveyForm = QFormLayout()
        self.surveyForm.setObjectName(u"surveyForm")
        self.surveyNameLabel = QLabel(self.surveyRules)
        self.surveyNameLabel.setObjectName(u"surveyNameLabel")

        self.surveyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.surveyNameLabel)

        self.surveyCombo = QComboBox(self.surveyRules)
        self.surveyCombo.setObjectName(u"surveyCombo")
        self.surveyCombo.setEditable(True)
        self.surveyCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.surveyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.surveyCombo)

        self.surveyNote = QLabel(self.surveyRules)
        self.surveyNote.setObjectName(u"surveyNote")
        self.surveyNote.setWordWrap(True)

        self.surveyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.surveyNote)

        self.periodStartLabel = QLabel(self.surveyRules)
        self.periodStartLabel.setObjectName(u"periodStartLabel")

        self.surveyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodStartLabel)

        self.periodStartEdit = QLineEdit(self.surveyRules)
        self.periodStartEdit.setObjectName(u"periodStartEdit")

        self.surveyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.periodStartEdit)

        self.periodEndLabel = QLabel(self.surveyRules)
        self.periodEndLabel.setObjectName(u"periodEndLabel")

        self.surveyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.periodEndLabel)

        self.periodEndEdit = QLineEdit(self.surveyRules)
        self.periodEndEdit.setObjectName(u"periodEndEdit")

        self.surveyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodEndEdit)

        self.methodLabel = QLabel(self.surveyRules)
        self.methodLabel.setObjectName(u"methodLabel")

        self.surveyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(self.surveyRules)
        self.methodCombo.setObjectName(u"methodCombo")

        self.surveyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.scaleLabel = QLabel(self.surveyRules)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.surveyForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scaleLabel)

        self.scaleCombo = QComboBox(self.surveyRules)
        self.scaleCombo.setObjectName(u"scaleCombo")

        self.surveyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.scaleCombo)

        self.keepUnknownCheck = QCheckBox(self.surveyRules)
        self.keepUnknownCheck.setObjectName(u"keepUnknownCheck")

        self.surveyForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.keepUnknownCheck)


        self.surveyRulesLayout.addLayout(self.surveyForm)

        self.periodNote = QLabel(self.surveyRules)
        self.periodNote.setObjectName(u"periodNote")
        self.periodNote.setWordWrap(True)

        self.surveyRulesLayout.addWidget(self.periodNote)

        self.rulesError = QLabel(self.surveyRules)
        self.rulesError.setObjectName(u"rulesError")
        self.rulesError.setWordWrap(True)

        self.surveyRulesLayout.addWidget(self.rulesError)

        self.surveyRulesSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.surveyRulesLayout.addItem(self.surveyRulesSpacer)

        self.rulesStack.addWidget(self.surveyRules)

        self.rulesLayout.addWidget(self.rulesStack)

        ImportWizard.addPage(self.rulesPage)
        self.previewPage = StepPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewStatus = QLabel(self.previewPage)
        self.previewStatus.setObjectName(u"previewStatus")
        self.previewStatus.setWordWrap(True)
        self.previewStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.previewLayout.addWidget(self.previewStatus)

        self.countsBox = QWidget(self.previewPage)
        self.countsBox.setObjectName(u"countsBox")
        self.countsForm = QFormLayout(self.countsBox)
        self.countsForm.setObjectName(u"countsForm")
        self.countsForm.setContentsMargins(0, 0, 0, 0)

        self.previewLayout.addWidget(self.countsBox)

        self.problemsLabel = QLabel(self.previewPage)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.previewLayout.addWidget(self.problemsLabel)

        self.problemsTable = QTableView(self.previewPage)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsTable.setTabKeyNavigation(False)
        self.problemsTable.setAlternatingRowColors(True)
        self.problemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsTable.setWordWrap(False)
        self.problemsTable.setCornerButtonEnabled(False)
        self.problemsTable.horizontalHeader().setHighlightSections(False)
        self.problemsTable.horizontalHeader().setStretchLastSection(True)
        self.problemsTable.verticalHeader().setVisible(False)

        self.previewLayout.addWidget(self.problemsTable)

        self.previewButtons = QHBoxLayout()
        self.previewButtons.setObjectName(u"previewButtons")
        self.saveErrorsButton = QPushButton(self.previewPage)
        self.saveErrorsButton.setObjectName(u"saveErrorsButton")

        self.previewButtons.addWidget(self.saveErrorsButton)

        self.previewSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewButtons.addItem(self.previewSpacer)

        self.validOnlyCheck = QCheckBox(self.previewPage)
        self.validOnlyCheck.setObjectName(u"validOnlyCheck")

        self.previewButtons.addWidget(self.validOnlyCheck)


        self.previewLayout.addLayout(self.previewButtons)

        ImportWizard.addPage(self.previewPage)
        self.summaryPage = StepPage()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryLayout = QVBoxLayout(self.summaryPage)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(self.summaryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.summarySpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryLayout.addItem(self.summarySpacer)

        self.summaryButtons = QHBoxLayout()
        self.summaryButtons.setObjectName(u"summaryButtons")
        self.summaryHistoryButton = QPushButton(self.summaryPage)
        self.summaryHistoryButton.setObjectName(u"summaryHistoryButton")

        self.summaryButtons.addWidget(self.summaryHistoryButton)

        self.summaryButtonSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summaryButtons.addItem(self.summaryButtonSpacer)


        self.summaryLayout.addLayout(self.summaryButtons)

        ImportWizard.addPage(self.summaryPage)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.headerLabel.setBuddy(self.headerSpin)
        self.mappingLabel.setBuddy(self.mappingCombo)
        self.surveyNameLabel.setBuddy(self.surveyCombo)
        self.periodStartLabel.setBuddy(self.periodStartEdit)
        self.periodEndLabel.setBuddy(self.periodEndEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.scaleLabel.setBuddy(self.scaleCombo)
        self.problemsLabel.setBuddy(self.problemsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.peopleRadio, self.surveyRadio)
        QWidget.setTabOrder(self.surveyRadio, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.headerSpin)
        QWidget.setTabOrder(self.headerSpin, self.historyButton)
        QWidget.setTabOrder(self.historyButton, self.mappingCombo)
        QWidget.setTabOrder(self.mappingCombo, self.useMappingButton)
        QWidget.setTabOrder(self.useMappingButton, self.saveMappingButton)
        QWidget.setTabOrder(self.saveMappingButton, self.openMappingButton)
        QWidget.setTabOrder(self.openMappingButton, self.saveMappingFileButton)
        QWidget.setTabOrder(self.saveMappingFileButton, self.columnsTable)
        QWidget.setTabOrder(self.columnsTable, self.updateRadio)
        QWidget.setTabOrder(self.updateRadio, self.fillRadio)
        QWidget.setTabOrder(self.fillRadio, self.skipRadio)
        QWidget.setTabOrder(self.skipRadio, self.surveyCombo)
        QWidget.setTabOrder(self.surveyCombo, self.periodStartEdit)
        QWidget.setTabOrder(self.periodStartEdit, self.periodEndEdit)
        QWidget.setTabOrder(self.periodEndEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.scaleCombo)
        QWidget.setTabOrder(self.scaleCombo, self.keepUnknownCheck)
        QWidget.setTabOrder(self.keepUnknownCheck, self.problemsTable)
        QWidget.setTabOrder(self.problemsTable, self.saveErrorsButton)
        QWidget.setTabOrder(self.saveErrorsButton, self.validOnlyCheck)
        QWidget.setTabOrder(self.validOnlyCheck, self.summaryHistoryButton)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import from a spreadsheet", None))
        self.filePage.setTitle(QCoreApplication.translate("ImportWizard", u"File and sheet", None))
        self.filePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Choose the spreadsheet: .xlsx, .xlsm, .xls, .ods or .csv. Nothing is written until the last step.", None))
        self.kindGroup.setTitle(QCoreApplication.translate("ImportWizard", u"What are you importing?", None))
        self.peopleRadio.setText(QCoreApplication.translate("ImportWizard", u"&People: a tenancy export from the housing system, or any list of people", None))
        self.surveyRadio.setText(QCoreApplication.translate("ImportWizard", u"&Survey returns: Microsoft Forms, SmartSurvey, Google Forms, a contractor's file or typed-in paper returns", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Spreadsheet file", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Choose a file with Browse, or type its path and press Enter", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"&Browse\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Choose the spreadsheet (Ctrl+O)", None))
#endif // QT_CONFIG(tooltip)
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"S&heet:", None))
#if QT_CONFIG(accessibility)
        self.sheetCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Sheet", None))
#endif // QT_CONFIG(accessibility)
        self.headerLabel.setText(QCoreApplication.translate("ImportWizard", u"Headings on &row:", None))
#if QT_CONFIG(accessibility)
        self.headerSpin.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Row with the column headings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.headerSpin.setToolTip(QCoreApplication.translate("ImportWizard", u"Found automatically, even below title rows; change it if it is wrong", None))
#endif // QT_CONFIG(tooltip)
        self.headerNote.setText("")
#if QT_CONFIG(accessibility)
        self.headerNote.setAccessibleName(QCoreApplication.translate("ImportWizard", u"About the heading row", None))
#endif // QT_CONFIG(accessibility)
        self.encodingTitle.setText(QCoreApplication.translate("ImportWizard", u"Text encoding:", None))
        self.encodingLabel.setText("")
#if QT_CONFIG(accessibility)
        self.encodingLabel.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Text encoding of the CSV file", None))
#endif // QT_CONFIG(accessibility)
        self.readTitle.setText(QCoreApplication.translate("ImportWizard", u"Read:", None))
        self.readLabel.setText(QCoreApplication.translate("ImportWizard", u"No file chosen yet.", None))
#if QT_CONFIG(accessibility)
        self.readLabel.setAccessibleName(QCoreApplication.translate("ImportWizard", u"What was read from the file", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Why the file cannot be imported", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ImportWizard", u"color: #b3261e;", None))
        self.limitLabel.setText("")
#if QT_CONFIG(accessibility)
        self.limitLabel.setAccessibleName(QCoreApplication.translate("ImportWizard", u"File size limit", None))
#endif // QT_CONFIG(accessibility)
        self.historyButton.setText(QCoreApplication.translate("ImportWizard", u"Import &history\u2026", None))
#if QT_CONFIG(tooltip)
        self.historyButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Earlier imports, and undoing a people import", None))
#endif // QT_CONFIG(tooltip)
        self.columnsPage.setTitle(QCoreApplication.translate("ImportWizard", u"Columns", None))
        self.columnsPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Say what each column of the file is; the first values are shown beside it. Press Enter on a row to choose.", None))
        self.mappingLabel.setText(QCoreApplication.translate("ImportWizard", u"Saved &mappings:", None))
#if QT_CONFIG(accessibility)
        self.mappingCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Saved mappings", None))
#endif // QT_CONFIG(accessibility)
        self.useMappingButton.setText(QCoreApplication.translate("ImportWizard", u"&Use", None))
#if QT_CONFIG(tooltip)
        self.useMappingButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Set the columns as the chosen saved mapping says", None))
#endif // QT_CONFIG(tooltip)
        self.saveMappingButton.setText(QCoreApplication.translate("ImportWizard", u"Sa&ve mapping\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveMappingButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Keep these choices under a name for next time", None))
#endif // QT_CONFIG(tooltip)
        self.openMappingButton.setText(QCoreApplication.translate("ImportWizard", u"&Open mapping file\u2026", None))
#if QT_CONFIG(tooltip)
        self.openMappingButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Use a mapping saved as a JSON file", None))
#endif // QT_CONFIG(tooltip)
        self.saveMappingFileButton.setText(QCoreApplication.translate("ImportWizard", u"Save as &JSON file\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveMappingFileButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Save these choices as a JSON file (also used by the command line)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.columnsTable.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Columns of the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.columnsTable.setAccessibleDescription(QCoreApplication.translate("ImportWizard", u"Each column heading, its first values, and what it is imported as. Press Enter or F2 on a row to choose.", None))
#endif // QT_CONFIG(accessibility)
        self.columnsStatus.setText("")
#if QT_CONFIG(accessibility)
        self.columnsStatus.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Column choices", None))
#endif // QT_CONFIG(accessibility)
        self.rulesPage.setTitle(QCoreApplication.translate("ImportWizard", u"Rules", None))
        self.rulesPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"How the rows are added.", None))
        self.matchGroup.setTitle(QCoreApplication.translate("ImportWizard", u"When a row matches someone already on file", None))
        self.updateRadio.setText(QCoreApplication.translate("ImportWizard", u"&Update their record with the file's values", None))
        self.fillRadio.setText(QCoreApplication.translate("ImportWizard", u"&Fill in blanks only: keep everything already on file", None))
        self.skipRadio.setText(QCoreApplication.translate("ImportWizard", u"&Leave them as they are (skip)", None))
        self.blankNote.setText(QCoreApplication.translate("ImportWizard", u"Blank cells in the file never overwrite what is on file.", None))
        self.howLabel.setText("")
#if QT_CONFIG(accessibility)
        self.howLabel.setAccessibleName(QCoreApplication.translate("ImportWizard", u"How rows are matched to people on file", None))
#endif // QT_CONFIG(accessibility)
        self.surveyNameLabel.setText(QCoreApplication.translate("ImportWizard", u"&Survey:", None))
#if QT_CONFIG(accessibility)
        self.surveyCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Survey name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.surveyCombo.setToolTip(QCoreApplication.translate("ImportWizard", u"Type a new name, or choose a survey to add these returns to", None))
#endif // QT_CONFIG(tooltip)
        self.surveyNote.setText("")
#if QT_CONFIG(accessibility)
        self.surveyNote.setAccessibleName(QCoreApplication.translate("ImportWizard", u"About the chosen survey", None))
#endif // QT_CONFIG(accessibility)
        self.periodStartLabel.setText(QCoreApplication.translate("ImportWizard", u"Period &from:", None))
#if QT_CONFIG(accessibility)
        self.periodStartEdit.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Start of the survey period", None))
#endif // QT_CONFIG(accessibility)
        self.periodStartEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"dd/mm/yyyy", None))
        self.periodEndLabel.setText(QCoreApplication.translate("ImportWizard", u"Period &to:", None))
#if QT_CONFIG(accessibility)
        self.periodEndEdit.setAccessibleName(QCoreApplication.translate("ImportWizard", u"End of the survey period", None))
#endif // QT_CONFIG(accessibility)
        self.periodEndEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"dd/mm/yyyy", None))
        self.methodLabel.setText(QCoreApplication.translate("ImportWizard", u"&Method:", None))
#if QT_CONFIG(accessibility)
        self.methodCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Survey method", None))
#endif // QT_CONFIG(accessibility)
        self.scaleLabel.setText(QCoreApplication.translate("ImportWizard", u"&Answers are:", None))
#if QT_CONFIG(accessibility)
        self.scaleCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"How the answers are written in the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.scaleCombo.setToolTip(QCoreApplication.translate("ImportWizard", u"A contractor's coded data gives numbers (1 to 5 in the questionnaire's order; 6 or 9 for don't know): say which way round they run", None))
#endif // QT_CONFIG(tooltip)
        self.keepUnknownCheck.setText(QCoreApplication.translate("ImportWizard", u"&Keep returns whose reference is not on file (linked to no one)", None))
#if QT_CONFIG(tooltip)
        self.keepUnknownCheck.setToolTip(QCoreApplication.translate("ImportWizard", u"Otherwise a reference no one on file has is listed as a problem row to correct and left out. Tick this when the register holds only involved customers, not every tenancy.", None))
#endif // QT_CONFIG(tooltip)
        self.periodNote.setText(QCoreApplication.translate("ImportWizard", u"A tenant who answered more than once in the period counts once, with their latest answer. Returns completed outside the period are left out of the results.", None))
        self.rulesError.setText("")
#if QT_CONFIG(accessibility)
        self.rulesError.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Problem with the survey details", None))
#endif // QT_CONFIG(accessibility)
        self.rulesError.setStyleSheet(QCoreApplication.translate("ImportWizard", u"color: #b3261e;", None))
        self.previewPage.setTitle(QCoreApplication.translate("ImportWizard", u"Preview", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"What the import would do. Nothing has been written yet.", None))
        self.previewStatus.setText("")
#if QT_CONFIG(accessibility)
        self.previewStatus.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Preview status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countsBox.setAccessibleName(QCoreApplication.translate("ImportWizard", u"What the import would do", None))
#endif // QT_CONFIG(accessibility)
        self.problemsLabel.setText(QCoreApplication.translate("ImportWizard", u"&Problems:", None))
#if QT_CONFIG(accessibility)
        self.problemsTable.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Problems by row", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemsTable.setAccessibleDescription(QCoreApplication.translate("ImportWizard", u"Each problem: the row number in the spreadsheet, the column and the reason", None))
#endif // QT_CONFIG(accessibility)
        self.saveErrorsButton.setText(QCoreApplication.translate("ImportWizard", u"Save rows to fix as a &workbook\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveErrorsButton.setToolTip(QCoreApplication.translate("ImportWizard", u"The rows that cannot be imported, as they were, with the reason: fix them and import that file", None))
#endif // QT_CONFIG(tooltip)
        self.validOnlyCheck.setText(QCoreApplication.translate("ImportWizard", u"Import &valid rows only", None))
#if QT_CONFIG(tooltip)
        self.validOnlyCheck.setToolTip(QCoreApplication.translate("ImportWizard", u"Rows with problems are left out; you can fix them and import them later", None))
#endif // QT_CONFIG(tooltip)
        self.summaryPage.setTitle(QCoreApplication.translate("ImportWizard", u"Summary", None))
        self.summaryPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"What was written. The import is kept in the import history.", None))
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ImportWizard", u"What was imported", None))
#endif // QT_CONFIG(accessibility)
        self.summaryHistoryButton.setText(QCoreApplication.translate("ImportWizard", u"Import &history\u2026", None))
#if QT_CONFIG(tooltip)
        self.summaryHistoryButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Earlier imports, and undoing a people import", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

