# Generated from forms/survey_details.ui (sha256 3ab2bc09a07312a6c6f83d8a24ca5311a31f9aebe8e2934af5500c5fcea3fe6c) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'survey_details.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_SurveyDetails(object):
    def setupUi(self, SurveyDetails):
        if not SurveyDetails.objectName():
            SurveyDetails.setObjectName(u"SurveyDetails")
        SurveyDetails.resize(760, 600)
        self.detailsLayout = QVBoxLayout(SurveyDetails)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.surveyNameLabel = QLabel(SurveyDetails)
        self.surveyNameLabel.setObjectName(u"surveyNameLabel")
        self.surveyNameLabel.setWordWrap(True)
        self.surveyNameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.detailsLayout.addWidget(self.surveyNameLabel)

        self.surveyInfoLabel = QLabel(SurveyDetails)
        self.surveyInfoLabel.setObjectName(u"surveyInfoLabel")
        self.surveyInfoLabel.setWordWrap(True)
        self.surveyInfoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.detailsLayout.addWidget(self.surveyInfoLabel)

        self.surveyButtons = QHBoxLayout()
        self.surveyButtons.setObjectName(u"surveyButtons")
        self.surveyButtons.setContentsMargins(0, 0, 0, 0)
        self.importButton = QPushButton(SurveyDetails)
        self.importButton.setObjectName(u"importButton")

        self.surveyButtons.addWidget(self.importButton)

        self.exportResponsesButton = QPushButton(SurveyDetails)
        self.exportResponsesButton.setObjectName(u"exportResponsesButton")

        self.surveyButtons.addWidget(self.exportResponsesButton)

        self.exportResultsButton = QPushButton(SurveyDetails)
        self.exportResultsButton.setObjectName(u"exportResultsButton")

        self.surveyButtons.addWidget(self.exportResultsButton)

        self.pdfButton = QPushButton(SurveyDetails)
        self.pdfButton.setObjectName(u"pdfButton")

        self.surveyButtons.addWidget(self.pdfButton)

        self.printResultsButton = QPushButton(SurveyDetails)
        self.printResultsButton.setObjectName(u"printResultsButton")

        self.surveyButtons.addWidget(self.printResultsButton)

        self.surveyButtonsSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.surveyButtons.addItem(self.surveyButtonsSpacer)

        self.measuresButton = QPushButton(SurveyDetails)
        self.measuresButton.setObjectName(u"measuresButton")

        self.surveyButtons.addWidget(self.measuresButton)

        self.settingsButton = QPushButton(SurveyDetails)
        self.settingsButton.setObjectName(u"settingsButton")

        self.surveyButtons.addWidget(self.settingsButton)


        self.detailsLayout.addLayout(self.surveyButtons)

        self.surveyTabs = QTabWidget(SurveyDetails)
        self.surveyTabs.setObjectName(u"surveyTabs")
        self.resultsTab = QWidget()
        self.resultsTab.setObjectName(u"resultsTab")
        self.resultsTabLayout = QVBoxLayout(self.resultsTab)
        self.resultsTabLayout.setObjectName(u"resultsTabLayout")
        self.resultsNote = QLabel(self.resultsTab)
        self.resultsNote.setObjectName(u"resultsNote")
        self.resultsNote.setWordWrap(True)
        self.resultsNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.resultsTabLayout.addWidget(self.resultsNote)

        self.unfilteredNote = QLabel(self.resultsTab)
        self.unfilteredNote.setObjectName(u"unfilteredNote")
        self.unfilteredNote.setVisible(False)
        self.unfilteredNote.setWordWrap(True)
        self.unfilteredNote.setMargin(6)
        self.unfilteredNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.resultsTabLayout.addWidget(self.unfilteredNote)

        self.resultsSplitter = QSplitter(self.resultsTab)
        self.resultsSplitter.setObjectName(u"resultsSplitter")
        self.resultsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.resultsSplitter.setChildrenCollapsible(False)
        self.resultsTable = QTableView(self.resultsSplitter)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.setTabKeyNavigation(False)
        self.resultsTable.setAlternatingRowColors(True)
        self.resultsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsTable.setWordWrap(False)
        self.resultsTable.setCornerButtonEnabled(False)
        self.resultsSplitter.addWidget(self.resultsTable)
        self.resultsTable.horizontalHeader().setHighlightSections(False)
        self.resultsTable.horizontalHeader().setStretchLastSection(True)
        self.resultsTable.verticalHeader().setVisible(False)
        self.chartScroll = QScrollArea(self.resultsSplitter)
        self.chartScroll.setObjectName(u"chartScroll")
        self.chartScroll.setWidgetResizable(True)
        self.chartArea = QWidget()
        self.chartArea.setObjectName(u"chartArea")
        self.chartLayout = QVBoxLayout(self.chartArea)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.chartScroll.setWidget(self.chartArea)
        self.resultsSplitter.addWidget(self.chartScroll)

        self.resultsTabLayout.addWidget(self.resultsSplitter)

        self.surveyTabs.addTab(self.resultsTab, "")
        self.areaTab = QWidget()
        self.areaTab.setObjectName(u"areaTab")
        self.areaTabLayout = QVBoxLayout(self.areaTab)
        self.areaTabLayout.setObjectName(u"areaTabLayout")
        self.areaNote = QLabel(self.areaTab)
        self.areaNote.setObjectName(u"areaNote")
        self.areaNote.setWordWrap(True)

        self.areaTabLayout.addWidget(self.areaNote)

        self.areaTable = QTableView(self.areaTab)
        self.areaTable.setObjectName(u"areaTable")
        self.areaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.areaTable.setTabKeyNavigation(False)
        self.areaTable.setAlternatingRowColors(True)
        self.areaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.areaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.areaTable.setWordWrap(False)
        self.areaTable.setCornerButtonEnabled(False)
        self.areaTable.horizontalHeader().setHighlightSections(False)
        self.areaTable.horizontalHeader().setStretchLastSection(False)
        self.areaTable.verticalHeader().setVisible(False)

        self.areaTabLayout.addWidget(self.areaTable)

        self.surveyTabs.addTab(self.areaTab, "")
        self.tenureTab = QWidget()
        self.tenureTab.setObjectName(u"tenureTab")
        self.tenureTabLayout = QVBoxLayout(self.tenureTab)
        self.tenureTabLayout.setObjectName(u"tenureTabLayout")
        self.tenureNote = QLabel(self.tenureTab)
        self.tenureNote.setObjectName(u"tenureNote")
        self.tenureNote.setWordWrap(True)

        self.tenureTabLayout.addWidget(self.tenureNote)

        self.tenureTable = QTableView(self.tenureTab)
        self.tenureTable.setObjectName(u"tenureTable")
        self.tenureTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tenureTable.setTabKeyNavigation(False)
        self.tenureTable.setAlternatingRowColors(True)
        self.tenureTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tenureTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tenureTable.setWordWrap(False)
        self.tenureTable.setCornerButtonEnabled(False)
        self.tenureTable.horizontalHeader().setHighlightSections(False)
        self.tenureTable.horizontalHeader().setStretchLastSection(False)
        self.tenureTable.verticalHeader().setVisible(False)

        self.tenureTabLayout.addWidget(self.tenureTable)

        self.surveyTabs.addTab(self.tenureTab, "")
        self.breakdownTab = QWidget()
        self.breakdownTab.setObjectName(u"breakdownTab")
        self.breakdownTabLayout = QVBoxLayout(self.breakdownTab)
        self.breakdownTabLayout.setObjectName(u"breakdownTabLayout")
        self.breakdownChoiceLayout = QHBoxLayout()
        self.breakdownChoiceLayout.setObjectName(u"breakdownChoiceLayout")
        self.breakdownLabel = QLabel(self.breakdownTab)
        self.breakdownLabel.setObjectName(u"breakdownLabel")

        self.breakdownChoiceLayout.addWidget(self.breakdownLabel)

        self.breakdownCombo = QComboBox(self.breakdownTab)
        self.breakdownCombo.setObjectName(u"breakdownCombo")

        self.breakdownChoiceLayout.addWidget(self.breakdownCombo)

        self.breakdownSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.breakdownChoiceLayout.addItem(self.breakdownSpacer)


        self.breakdownTabLayout.addLayout(self.breakdownChoiceLayout)

        self.breakdownNote = QLabel(self.breakdownTab)
        self.breakdownNote.setObjectName(u"breakdownNote")
        self.breakdownNote.setWordWrap(True)

        self.breakdownTabLayout.addWidget(self.breakdownNote)

        self.breakdownTable = QTableView(self.breakdownTab)
        self.breakdownTable.setObjectName(u"breakdownTable")
        self.breakdownTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breakdownTable.setTabKeyNavigation(False)
        self.breakdownTable.setAlternatingRowColors(True)
        self.breakdownTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.breakdownTable.setCornerButtonEnabled(False)
        self.breakdownTable.verticalHeader().setVisible(False)

        self.breakdownTabLayout.addWidget(self.breakdownTable)

        self.surveyTabs.addTab(self.breakdownTab, "")
        self.questionsTab = QWidget()
        self.questionsTab.setObjectName(u"questionsTab")
        self.questionsTabLayout = QVBoxLayout(self.questionsTab)
        self.questionsTabLayout.setObjectName(u"questionsTabLayout")
        self.questionsTable = QTableView(self.questionsTab)
        self.questionsTable.setObjectName(u"questionsTable")
        self.questionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questionsTable.setTabKeyNavigation(False)
        self.questionsTable.setAlternatingRowColors(True)
        self.questionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questionsTable.setWordWrap(False)
        self.questionsTable.setCornerButtonEnabled(False)
        self.questionsTable.horizontalHeader().setHighlightSections(False)
        self.questionsTable.horizontalHeader().setStretchLastSection(True)
        self.questionsTable.verticalHeader().setVisible(False)

        self.questionsTabLayout.addWidget(self.questionsTable)

        self.surveyTabs.addTab(self.questionsTab, "")
        self.responsesTab = QWidget()
        self.responsesTab.setObjectName(u"responsesTab")
        self.responsesTabLayout = QVBoxLayout(self.responsesTab)
        self.responsesTabLayout.setObjectName(u"responsesTabLayout")
        self.responsesNote = QLabel(self.responsesTab)
        self.responsesNote.setObjectName(u"responsesNote")
        self.responsesNote.setWordWrap(True)

        self.responsesTabLayout.addWidget(self.responsesNote)

        self.responsesTable = QTableView(self.responsesTab)
        self.responsesTable.setObjectName(u"responsesTable")
        self.responsesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.responsesTable.setTabKeyNavigation(False)
        self.responsesTable.setAlternatingRowColors(True)
        self.responsesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.responsesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.responsesTable.setWordWrap(False)
        self.responsesTable.setCornerButtonEnabled(False)
        self.responsesTable.horizontalHeader().setHighlightSections(False)
        self.responsesTable.horizontalHeader().setStretchLastSection(True)
        self.responsesTable.verticalHeader().setVisible(False)

        self.responsesTabLayout.addWidget(self.responsesTable)

        self.surveyTabs.addTab(self.responsesTab, "")

        self.detailsLayout.addWidget(self.surveyTabs)

        self.emptyLabel = QLabel(SurveyDetails)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.emptyLabel)

#if QT_CONFIG(shortcut)
        self.breakdownLabel.setBuddy(self.breakdownCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.importButton, self.exportResponsesButton)
        QWidget.setTabOrder(self.exportResponsesButton, self.exportResultsButton)
        QWidget.setTabOrder(self.exportResultsButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.printResultsButton)
        QWidget.setTabOrder(self.printResultsButton, self.measuresButton)
        QWidget.setTabOrder(self.measuresButton, self.settingsButton)
        QWidget.setTabOrder(self.settingsButton, self.surveyTabs)
        QWidget.setTabOrder(self.surveyTabs, self.resultsTable)
        QWidget.setTabOrder(self.resultsTable, self.areaTable)
        QWidget.setTabOrder(self.areaTable, self.tenureTable)
        QWidget.setTabOrder(self.tenureTable, self.breakdownCombo)
        QWidget.setTabOrder(self.breakdownCombo, self.breakdownTable)
        QWidget.setTabOrder(self.breakdownTable, self.questionsTable)
        QWidget.setTabOrder(self.questionsTable, self.responsesTable)

        self.retranslateUi(SurveyDetails)

        QMetaObject.connectSlotsByName(SurveyDetails)
    # setupUi

    def retranslateUi(self, SurveyDetails):
        self.surveyNameLabel.setText("")
#if QT_CONFIG(accessibility)
        self.surveyNameLabel.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"Survey", None))
#endif // QT_CONFIG(accessibility)
        self.surveyInfoLabel.setText("")
#if QT_CONFIG(accessibility)
        self.surveyInfoLabel.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"Period, method and responses", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("SurveyDetails", u"&Import returns\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SurveyDetails", u"Add survey returns from a spreadsheet (the import wizard)", None))
#endif // QT_CONFIG(tooltip)
        self.exportResponsesButton.setText(QCoreApplication.translate("SurveyDetails", u"Export &responses\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportResponsesButton.setToolTip(QCoreApplication.translate("SurveyDetails", u"Every response with its answers as typed, as an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.exportResultsButton.setText(QCoreApplication.translate("SurveyDetails", u"Export res&ults\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportResultsButton.setToolTip(QCoreApplication.translate("SurveyDetails", u"The results as an Excel workbook, with the breakdown by involvement", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("SurveyDetails", u"Results &PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("SurveyDetails", u"The results with a chart and the breakdown by involvement, for the Board", None))
#endif // QT_CONFIG(tooltip)
        self.printResultsButton.setText(QCoreApplication.translate("SurveyDetails", u"Print resu&lts\u2026", None))
#if QT_CONFIG(tooltip)
        self.printResultsButton.setToolTip(QCoreApplication.translate("SurveyDetails", u"The results PDF in the print preview, then to the printer", None))
#endif // QT_CONFIG(tooltip)
        self.measuresButton.setText(QCoreApplication.translate("SurveyDetails", u"Meas&ures\u2026", None))
#if QT_CONFIG(tooltip)
        self.measuresButton.setToolTip(QCoreApplication.translate("SurveyDetails", u"Your regulator, and measures of your own (wording, answers, which count as positive)", None))
#endif // QT_CONFIG(tooltip)
        self.settingsButton.setText(QCoreApplication.translate("SurveyDetails", u"Se&ttings\u2026", None))
#if QT_CONFIG(tooltip)
        self.settingsButton.setToolTip(QCoreApplication.translate("SurveyDetails", u"Number of homes (for the sample size) and the import size limit", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.surveyTabs.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"Survey details", None))
#endif // QT_CONFIG(accessibility)
        self.resultsNote.setText("")
#if QT_CONFIG(accessibility)
        self.resultsNote.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"How the results are counted", None))
#endif // QT_CONFIG(accessibility)
        self.unfilteredNote.setText("")
        self.unfilteredNote.setStyleSheet(QCoreApplication.translate("SurveyDetails", u"QLabel#unfilteredNote { background: #fff1c2; color: #3d2e00; border: 1px solid #e0b44c; border-radius: 3px; }", None))
#if QT_CONFIG(accessibility)
        self.unfilteredNote.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"Measures counted without their filter question", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsTable.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"Satisfaction results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsTable.setAccessibleDescription(QCoreApplication.translate("SurveyDetails", u"Each measure: satisfied, base, result and its 95% interval", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartScroll.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"Satisfaction results chart", None))
#endif // QT_CONFIG(accessibility)
        self.surveyTabs.setTabText(self.surveyTabs.indexOf(self.resultsTab), QCoreApplication.translate("SurveyDetails", u"&Results", None))
        self.areaNote.setText("")
#if QT_CONFIG(accessibility)
        self.areaNote.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"About the results by estate or area", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.areaTable.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"Results by estate or area", None))
#endif // QT_CONFIG(accessibility)
        self.surveyTabs.setTabText(self.surveyTabs.indexOf(self.areaTab), QCoreApplication.translate("SurveyDetails", u"By &estate / area", None))
        self.tenureNote.setText("")
#if QT_CONFIG(accessibility)
        self.tenureNote.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"About the results by tenure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tenureTable.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"Results by tenure", None))
#endif // QT_CONFIG(accessibility)
        self.surveyTabs.setTabText(self.surveyTabs.indexOf(self.tenureTab), QCoreApplication.translate("SurveyDetails", u"By te&nure", None))
        self.breakdownLabel.setText(QCoreApplication.translate("SurveyDetails", u"Break &down by:", None))
#if QT_CONFIG(accessibility)
        self.breakdownCombo.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"Break the results down by", None))
#endif // QT_CONFIG(accessibility)
        self.breakdownNote.setText("")
#if QT_CONFIG(accessibility)
        self.breakdownNote.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"About the breakdown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.breakdownTable.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"Results broken down by group", None))
#endif // QT_CONFIG(accessibility)
        self.surveyTabs.setTabText(self.surveyTabs.indexOf(self.breakdownTab), QCoreApplication.translate("SurveyDetails", u"&Break down by\u2026", None))
#if QT_CONFIG(accessibility)
        self.questionsTable.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"Questions of the survey", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.questionsTable.setAccessibleDescription(QCoreApplication.translate("SurveyDetails", u"Each question with its measure code and how many answered it", None))
#endif // QT_CONFIG(accessibility)
        self.surveyTabs.setTabText(self.surveyTabs.indexOf(self.questionsTab), QCoreApplication.translate("SurveyDetails", u"&Questions", None))
        self.responsesNote.setText("")
#if QT_CONFIG(accessibility)
        self.responsesNote.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"About the responses", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.responsesTable.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"Responses", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.responsesTable.setAccessibleDescription(QCoreApplication.translate("SurveyDetails", u"Each return: when it was completed, the person it is linked to or anonymous", None))
#endif // QT_CONFIG(accessibility)
        self.surveyTabs.setTabText(self.surveyTabs.indexOf(self.responsesTab), QCoreApplication.translate("SurveyDetails", u"Re&sponses", None))
        self.emptyLabel.setText("")
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("SurveyDetails", u"No survey chosen", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

