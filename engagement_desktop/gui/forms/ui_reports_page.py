# Generated from forms/reports_page.ui (sha256 8b46499a1514e9c506802f76e68194730930aa21486a26cae27bdd26c1a17ede) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

from engagement_desktop.gui.reports.preview import PdfPreview

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(ReportsPage)
        self.tabs.setObjectName(u"tabs")
        self.dashboardTab = QWidget()
        self.dashboardTab.setObjectName(u"dashboardTab")
        self.dashboardLayout = QVBoxLayout(self.dashboardTab)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.tabs.addTab(self.dashboardTab, "")
        self.reportsTab = QWidget()
        self.reportsTab.setObjectName(u"reportsTab")
        self.reportsLayout = QHBoxLayout(self.reportsTab)
        self.reportsLayout.setSpacing(12)
        self.reportsLayout.setObjectName(u"reportsLayout")
        self.choicePanel = QWidget(self.reportsTab)
        self.choicePanel.setObjectName(u"choicePanel")
        self.choicePanel.setMaximumSize(QSize(380, 16777215))
        self.choiceLayout = QVBoxLayout(self.choicePanel)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.choiceLayout.setContentsMargins(0, -1, 0, -1)
        self.choiceForm = QVBoxLayout()
        self.choiceForm.setSpacing(3)
        self.choiceForm.setObjectName(u"choiceForm")
        self.reportLabel = QLabel(self.choicePanel)
        self.reportLabel.setObjectName(u"reportLabel")

        self.choiceForm.addWidget(self.reportLabel)

        self.reportCombo = QComboBox(self.choicePanel)
        self.reportCombo.setObjectName(u"reportCombo")

        self.choiceForm.addWidget(self.reportCombo)

        self.descriptionLabel = QLabel(self.choicePanel)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.choiceForm.addWidget(self.descriptionLabel)

        self.yearLabel = QLabel(self.choicePanel)
        self.yearLabel.setObjectName(u"yearLabel")

        self.choiceForm.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.choicePanel)
        self.yearCombo.setObjectName(u"yearCombo")

        self.choiceForm.addWidget(self.yearCombo)

        self.yearHint = QLabel(self.choicePanel)
        self.yearHint.setObjectName(u"yearHint")
        self.yearHint.setWordWrap(True)

        self.choiceForm.addWidget(self.yearHint)

        self.surveyLabel = QLabel(self.choicePanel)
        self.surveyLabel.setObjectName(u"surveyLabel")

        self.choiceForm.addWidget(self.surveyLabel)

        self.surveyCombo = QComboBox(self.choicePanel)
        self.surveyCombo.setObjectName(u"surveyCombo")

        self.choiceForm.addWidget(self.surveyCombo)

        self.baseLabel = QLabel(self.choicePanel)
        self.baseLabel.setObjectName(u"baseLabel")

        self.choiceForm.addWidget(self.baseLabel)

        self.baseCombo = QComboBox(self.choicePanel)
        self.baseCombo.setObjectName(u"baseCombo")

        self.choiceForm.addWidget(self.baseCombo)

        self.preparedLabel = QLabel(self.choicePanel)
        self.preparedLabel.setObjectName(u"preparedLabel")

        self.choiceForm.addWidget(self.preparedLabel)

        self.preparedEdit = QLineEdit(self.choicePanel)
        self.preparedEdit.setObjectName(u"preparedEdit")

        self.choiceForm.addWidget(self.preparedEdit)

        self.risksLabel = QLabel(self.choicePanel)
        self.risksLabel.setObjectName(u"risksLabel")

        self.choiceForm.addWidget(self.risksLabel)

        self.risksEdit = QPlainTextEdit(self.choicePanel)
        self.risksEdit.setObjectName(u"risksEdit")
        self.risksEdit.setTabChangesFocus(True)
        self.risksEdit.setMaximumSize(QSize(16777215, 90))

        self.choiceForm.addWidget(self.risksEdit)


        self.choiceLayout.addLayout(self.choiceForm)

        self.buttonColumn = QVBoxLayout()
        self.buttonColumn.setObjectName(u"buttonColumn")
        self.previewButton = QPushButton(self.choicePanel)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonColumn.addWidget(self.previewButton)

        self.printButton = QPushButton(self.choicePanel)
        self.printButton.setObjectName(u"printButton")

        self.buttonColumn.addWidget(self.printButton)

        self.savePdfButton = QPushButton(self.choicePanel)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.buttonColumn.addWidget(self.savePdfButton)

        self.saveExcelButton = QPushButton(self.choicePanel)
        self.saveExcelButton.setObjectName(u"saveExcelButton")

        self.buttonColumn.addWidget(self.saveExcelButton)


        self.choiceLayout.addLayout(self.buttonColumn)

        self.statusLabel = QLabel(self.choicePanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.choiceLayout.addWidget(self.statusLabel)

        self.choiceSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choiceLayout.addItem(self.choiceSpacer)


        self.reportsLayout.addWidget(self.choicePanel)

        self.preview = PdfPreview(self.reportsTab)
        self.preview.setObjectName(u"preview")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.preview.sizePolicy().hasHeightForWidth())
        self.preview.setSizePolicy(sizePolicy)

        self.reportsLayout.addWidget(self.preview)

        self.tabs.addTab(self.reportsTab, "")
        self.exportsTab = QWidget()
        self.exportsTab.setObjectName(u"exportsTab")
        self.exportsLayout = QVBoxLayout(self.exportsTab)
        self.exportsLayout.setObjectName(u"exportsLayout")
        self.exportsIntro = QLabel(self.exportsTab)
        self.exportsIntro.setObjectName(u"exportsIntro")
        self.exportsIntro.setWordWrap(True)

        self.exportsLayout.addWidget(self.exportsIntro)

        self.exportsRow = QHBoxLayout()
        self.exportsRow.setObjectName(u"exportsRow")
        self.tableList = QListWidget(self.exportsTab)
        self.tableList.setObjectName(u"tableList")
        self.tableList.setAlternatingRowColors(True)

        self.exportsRow.addWidget(self.tableList)

        self.exportButtons = QVBoxLayout()
        self.exportButtons.setObjectName(u"exportButtons")
        self.exportButton = QPushButton(self.exportsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.exportButtons.addWidget(self.exportButton)

        self.exportSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.exportButtons.addItem(self.exportSpacer)


        self.exportsRow.addLayout(self.exportButtons)


        self.exportsLayout.addLayout(self.exportsRow)

        self.exportStatus = QLabel(self.exportsTab)
        self.exportStatus.setObjectName(u"exportStatus")
        self.exportStatus.setWordWrap(True)

        self.exportsLayout.addWidget(self.exportStatus)

        self.tabs.addTab(self.exportsTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.reportLabel.setBuddy(self.reportCombo)
        self.yearLabel.setBuddy(self.yearCombo)
        self.surveyLabel.setBuddy(self.surveyCombo)
        self.baseLabel.setBuddy(self.baseCombo)
        self.preparedLabel.setBuddy(self.preparedEdit)
        self.risksLabel.setBuddy(self.risksEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.reportCombo)
        QWidget.setTabOrder(self.reportCombo, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.surveyCombo)
        QWidget.setTabOrder(self.surveyCombo, self.baseCombo)
        QWidget.setTabOrder(self.baseCombo, self.preparedEdit)
        QWidget.setTabOrder(self.preparedEdit, self.risksEdit)
        QWidget.setTabOrder(self.risksEdit, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.saveExcelButton)
        QWidget.setTabOrder(self.saveExcelButton, self.preview)
        QWidget.setTabOrder(self.preview, self.tableList)
        QWidget.setTabOrder(self.tableList, self.exportButton)

        self.retranslateUi(ReportsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Reports sections", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.dashboardTab), QCoreApplication.translate("ReportsPage", u"&Dashboard", None))
        self.reportLabel.setText(QCoreApplication.translate("ReportsPage", u"Rep&ort:", None))
#if QT_CONFIG(accessibility)
        self.reportCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Report", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText("")
        self.yearLabel.setText(QCoreApplication.translate("ReportsPage", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Year", None))
#endif // QT_CONFIG(accessibility)
        self.yearHint.setText("")
        self.surveyLabel.setText(QCoreApplication.translate("ReportsPage", u"S&urvey:", None))
#if QT_CONFIG(accessibility)
        self.surveyCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Survey", None))
#endif // QT_CONFIG(accessibility)
        self.baseLabel.setText(QCoreApplication.translate("ReportsPage", u"&Compare with:", None))
#if QT_CONFIG(accessibility)
        self.baseCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Compare who took part with", None))
#endif // QT_CONFIG(accessibility)
        self.preparedLabel.setText(QCoreApplication.translate("ReportsPage", u"Prepared &by:", None))
#if QT_CONFIG(accessibility)
        self.preparedEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Prepared by", None))
#endif // QT_CONFIG(accessibility)
        self.preparedEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"Your name and role", None))
        self.risksLabel.setText(QCoreApplication.translate("ReportsPage", u"Ris&ks for the Board:", None))
#if QT_CONFIG(accessibility)
        self.risksEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Risks for the Board", None))
#endif // QT_CONFIG(accessibility)
        self.risksEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"Risks you want the Board to know about this quarter (kept with the quarter)", None))
        self.previewButton.setText(QCoreApplication.translate("ReportsPage", u"Pre&view", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Build the report and show it here (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"Pr&int\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Print the report (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.savePdfButton.setText(QCoreApplication.translate("ReportsPage", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.savePdfButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Save the report as a PDF file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveExcelButton.setText(QCoreApplication.translate("ReportsPage", u"Save as &Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveExcelButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Save the report's figures as an Excel workbook (Ctrl+Shift+S)", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Report preview", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.reportsTab), QCoreApplication.translate("ReportsPage", u"&Reports", None))
        self.exportsIntro.setText(QCoreApplication.translate("ReportsPage", u"Every record of one kind as an Excel workbook, for checking the report's figures or for another system. Lists can also be saved as they are shown (with their search and filters) from each section.", None))
#if QT_CONFIG(accessibility)
        self.tableList.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Tables to export", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"&Export to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Save the chosen table as an Excel workbook (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.exportStatus.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.exportsTab), QCoreApplication.translate("ReportsPage", u"Data e&xports", None))
        pass
    # retranslateUi

