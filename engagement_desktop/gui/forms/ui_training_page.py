# Generated from forms/training_page.ui (sha256 0f3d983be7e4fe93e1c1ede8f28cb7f034df90b104721093fb1d837fc1ee3fca) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from engagement_desktop.gui.training.person_picker import PersonPicker

class Ui_TrainingPage(object):
    def setupUi(self, TrainingPage):
        if not TrainingPage.objectName():
            TrainingPage.setObjectName(u"TrainingPage")
        TrainingPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(TrainingPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(TrainingPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(8, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.titleSpacer)

        self.personLabel = QLabel(TrainingPage)
        self.personLabel.setObjectName(u"personLabel")

        self.headerLayout.addWidget(self.personLabel)

        self.personEdit = PersonPicker(TrainingPage)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setMinimumSize(QSize(180, 0))
        self.personEdit.setMaximumSize(QSize(420, 16777215))

        self.headerLayout.addWidget(self.personEdit)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.recordButton = QPushButton(TrainingPage)
        self.recordButton.setObjectName(u"recordButton")

        self.headerLayout.addWidget(self.recordButton)

        self.appraisalButton = QPushButton(TrainingPage)
        self.appraisalButton.setObjectName(u"appraisalButton")

        self.headerLayout.addWidget(self.appraisalButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(TrainingPage)
        self.tabs.setObjectName(u"tabs")
        self.attentionTab = QWidget()
        self.attentionTab.setObjectName(u"attentionTab")
        self.attentionLayout = QVBoxLayout(self.attentionTab)
        self.attentionLayout.setObjectName(u"attentionLayout")
        self.expiringLabel = QLabel(self.attentionTab)
        self.expiringLabel.setObjectName(u"expiringLabel")

        self.attentionLayout.addWidget(self.expiringLabel)

        self.expiringTable = QTableView(self.attentionTab)
        self.expiringTable.setObjectName(u"expiringTable")
        self.expiringTable.setMinimumSize(QSize(0, 90))
        self.expiringTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expiringTable.setAlternatingRowColors(True)
        self.expiringTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.expiringTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.expiringTable.setTabKeyNavigation(False)
        self.expiringTable.setWordWrap(False)

        self.attentionLayout.addWidget(self.expiringTable)

        self.appraisalsDueLabel = QLabel(self.attentionTab)
        self.appraisalsDueLabel.setObjectName(u"appraisalsDueLabel")

        self.attentionLayout.addWidget(self.appraisalsDueLabel)

        self.appraisalsDueTable = QTableView(self.attentionTab)
        self.appraisalsDueTable.setObjectName(u"appraisalsDueTable")
        self.appraisalsDueTable.setMinimumSize(QSize(0, 90))
        self.appraisalsDueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.appraisalsDueTable.setAlternatingRowColors(True)
        self.appraisalsDueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appraisalsDueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.appraisalsDueTable.setTabKeyNavigation(False)
        self.appraisalsDueTable.setWordWrap(False)

        self.attentionLayout.addWidget(self.appraisalsDueTable)

        self.feedbackLabel = QLabel(self.attentionTab)
        self.feedbackLabel.setObjectName(u"feedbackLabel")

        self.attentionLayout.addWidget(self.feedbackLabel)

        self.feedbackTable = QTableView(self.attentionTab)
        self.feedbackTable.setObjectName(u"feedbackTable")
        self.feedbackTable.setMinimumSize(QSize(0, 90))
        self.feedbackTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.feedbackTable.setAlternatingRowColors(True)
        self.feedbackTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.feedbackTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.feedbackTable.setTabKeyNavigation(False)
        self.feedbackTable.setWordWrap(False)

        self.attentionLayout.addWidget(self.feedbackTable)

        self.attentionHint = QLabel(self.attentionTab)
        self.attentionHint.setObjectName(u"attentionHint")

        self.attentionLayout.addWidget(self.attentionHint)

        self.tabs.addTab(self.attentionTab, "")
        self.needsTab = QWidget()
        self.needsTab.setObjectName(u"needsTab")
        self.needsLayout = QVBoxLayout(self.needsTab)
        self.needsLayout.setObjectName(u"needsLayout")
        self.needsLabel = QLabel(self.needsTab)
        self.needsLabel.setObjectName(u"needsLabel")

        self.needsLayout.addWidget(self.needsLabel)

        self.needsTable = QTableView(self.needsTab)
        self.needsTable.setObjectName(u"needsTable")
        self.needsTable.setMinimumSize(QSize(0, 90))
        self.needsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.needsTable.setAlternatingRowColors(True)
        self.needsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.needsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.needsTable.setTabKeyNavigation(False)
        self.needsTable.setWordWrap(False)

        self.needsLayout.addWidget(self.needsTable)

        self.needsButtons = QHBoxLayout()
        self.needsButtons.setObjectName(u"needsButtons")
        self.addNeedButton = QPushButton(self.needsTab)
        self.addNeedButton.setObjectName(u"addNeedButton")

        self.needsButtons.addWidget(self.addNeedButton)

        self.markMetButton = QPushButton(self.needsTab)
        self.markMetButton.setObjectName(u"markMetButton")

        self.needsButtons.addWidget(self.markMetButton)

        self.needsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.needsButtons.addItem(self.needsSpacer)


        self.needsLayout.addLayout(self.needsButtons)

        self.programmeLabel = QLabel(self.needsTab)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.needsLayout.addWidget(self.programmeLabel)

        self.programmeTable = QTableView(self.needsTab)
        self.programmeTable.setObjectName(u"programmeTable")
        self.programmeTable.setMinimumSize(QSize(0, 90))
        self.programmeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.programmeTable.setAlternatingRowColors(True)
        self.programmeTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.programmeTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.programmeTable.setTabKeyNavigation(False)
        self.programmeTable.setWordWrap(False)

        self.needsLayout.addWidget(self.programmeTable)

        self.programmeButtons = QHBoxLayout()
        self.programmeButtons.setObjectName(u"programmeButtons")
        self.scheduleButton = QPushButton(self.needsTab)
        self.scheduleButton.setObjectName(u"scheduleButton")

        self.programmeButtons.addWidget(self.scheduleButton)

        self.programmeSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.programmeButtons.addItem(self.programmeSpacer)


        self.needsLayout.addLayout(self.programmeButtons)

        self.tabs.addTab(self.needsTab, "")
        self.recordsTab = QWidget()
        self.recordsTab.setObjectName(u"recordsTab")
        self.recordsLayout = QVBoxLayout(self.recordsTab)
        self.recordsLayout.setObjectName(u"recordsLayout")
        self.recordsButtons = QHBoxLayout()
        self.recordsButtons.setObjectName(u"recordsButtons")
        self.newRecordButton = QPushButton(self.recordsTab)
        self.newRecordButton.setObjectName(u"newRecordButton")

        self.recordsButtons.addWidget(self.newRecordButton)

        self.openRecordButton = QPushButton(self.recordsTab)
        self.openRecordButton.setObjectName(u"openRecordButton")

        self.recordsButtons.addWidget(self.openRecordButton)

        self.viewCertificateButton = QPushButton(self.recordsTab)
        self.viewCertificateButton.setObjectName(u"viewCertificateButton")

        self.recordsButtons.addWidget(self.viewCertificateButton)

        self.recordsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordsButtons.addItem(self.recordsSpacer)


        self.recordsLayout.addLayout(self.recordsButtons)

        self.tabs.addTab(self.recordsTab, "")
        self.appraisalsTab = QWidget()
        self.appraisalsTab.setObjectName(u"appraisalsTab")
        self.appraisalsLayout = QVBoxLayout(self.appraisalsTab)
        self.appraisalsLayout.setObjectName(u"appraisalsLayout")
        self.appraisalButtons = QHBoxLayout()
        self.appraisalButtons.setObjectName(u"appraisalButtons")
        self.newAppraisalButton = QPushButton(self.appraisalsTab)
        self.newAppraisalButton.setObjectName(u"newAppraisalButton")

        self.appraisalButtons.addWidget(self.newAppraisalButton)

        self.openAppraisalButton = QPushButton(self.appraisalsTab)
        self.openAppraisalButton.setObjectName(u"openAppraisalButton")

        self.appraisalButtons.addWidget(self.openAppraisalButton)

        self.appraisalSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.appraisalButtons.addItem(self.appraisalSpacer)


        self.appraisalsLayout.addLayout(self.appraisalButtons)

        self.appraisalsTable = QTableView(self.appraisalsTab)
        self.appraisalsTable.setObjectName(u"appraisalsTable")
        self.appraisalsTable.setMinimumSize(QSize(0, 200))
        self.appraisalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.appraisalsTable.setAlternatingRowColors(True)
        self.appraisalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appraisalsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.appraisalsTable.setTabKeyNavigation(False)
        self.appraisalsTable.setWordWrap(False)

        self.appraisalsLayout.addWidget(self.appraisalsTable)

        self.tabs.addTab(self.appraisalsTab, "")
        self.coursesTab = QWidget()
        self.coursesTab.setObjectName(u"coursesTab")
        self.coursesLayout = QVBoxLayout(self.coursesTab)
        self.coursesLayout.setObjectName(u"coursesLayout")
        self.courseButtons = QHBoxLayout()
        self.courseButtons.setObjectName(u"courseButtons")
        self.newCourseButton = QPushButton(self.coursesTab)
        self.newCourseButton.setObjectName(u"newCourseButton")

        self.courseButtons.addWidget(self.newCourseButton)

        self.openCourseButton = QPushButton(self.coursesTab)
        self.openCourseButton.setObjectName(u"openCourseButton")

        self.courseButtons.addWidget(self.openCourseButton)

        self.archivedCheck = QCheckBox(self.coursesTab)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.courseButtons.addWidget(self.archivedCheck)

        self.courseSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.courseButtons.addItem(self.courseSpacer)


        self.coursesLayout.addLayout(self.courseButtons)

        self.coursesTable = QTableView(self.coursesTab)
        self.coursesTable.setObjectName(u"coursesTable")
        self.coursesTable.setMinimumSize(QSize(0, 200))
        self.coursesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coursesTable.setAlternatingRowColors(True)
        self.coursesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.coursesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.coursesTable.setTabKeyNavigation(False)
        self.coursesTable.setWordWrap(False)

        self.coursesLayout.addWidget(self.coursesTable)

        self.tabs.addTab(self.coursesTab, "")
        self.matrixTab = QWidget()
        self.matrixTab.setObjectName(u"matrixTab")
        self.matrixLayout = QVBoxLayout(self.matrixTab)
        self.matrixLayout.setObjectName(u"matrixLayout")
        self.matrixBar = QHBoxLayout()
        self.matrixBar.setObjectName(u"matrixBar")
        self.groupLabel = QLabel(self.matrixTab)
        self.groupLabel.setObjectName(u"groupLabel")

        self.matrixBar.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(self.matrixTab)
        self.groupCombo.setObjectName(u"groupCombo")

        self.matrixBar.addWidget(self.groupCombo)

        self.courseFilterLabel = QLabel(self.matrixTab)
        self.courseFilterLabel.setObjectName(u"courseFilterLabel")

        self.matrixBar.addWidget(self.courseFilterLabel)

        self.courseFilterCombo = QComboBox(self.matrixTab)
        self.courseFilterCombo.setObjectName(u"courseFilterCombo")

        self.matrixBar.addWidget(self.courseFilterCombo)

        self.matrixSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matrixBar.addItem(self.matrixSpacer)

        self.exportButton = QPushButton(self.matrixTab)
        self.exportButton.setObjectName(u"exportButton")

        self.matrixBar.addWidget(self.exportButton)


        self.matrixLayout.addLayout(self.matrixBar)

        self.matrixTable = QTableView(self.matrixTab)
        self.matrixTable.setObjectName(u"matrixTable")
        self.matrixTable.setMinimumSize(QSize(0, 200))
        self.matrixTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrixTable.setAlternatingRowColors(True)
        self.matrixTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrixTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrixTable.setTabKeyNavigation(False)
        self.matrixTable.setWordWrap(False)

        self.matrixLayout.addWidget(self.matrixTable)

        self.legendLayout = QHBoxLayout()
        self.legendLayout.setObjectName(u"legendLayout")
        self.legendSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.legendLayout.addItem(self.legendSpacer)

        self.matrixCount = QLabel(self.matrixTab)
        self.matrixCount.setObjectName(u"matrixCount")

        self.legendLayout.addWidget(self.matrixCount)


        self.matrixLayout.addLayout(self.legendLayout)

        self.tabs.addTab(self.matrixTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.expiringLabel.setBuddy(self.expiringTable)
        self.appraisalsDueLabel.setBuddy(self.appraisalsDueTable)
        self.feedbackLabel.setBuddy(self.feedbackTable)
        self.needsLabel.setBuddy(self.needsTable)
        self.programmeLabel.setBuddy(self.programmeTable)
        self.groupLabel.setBuddy(self.groupCombo)
        self.courseFilterLabel.setBuddy(self.courseFilterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.appraisalButton)
        QWidget.setTabOrder(self.appraisalButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.expiringTable)
        QWidget.setTabOrder(self.expiringTable, self.appraisalsDueTable)
        QWidget.setTabOrder(self.appraisalsDueTable, self.feedbackTable)
        QWidget.setTabOrder(self.feedbackTable, self.needsTable)
        QWidget.setTabOrder(self.needsTable, self.addNeedButton)
        QWidget.setTabOrder(self.addNeedButton, self.markMetButton)
        QWidget.setTabOrder(self.markMetButton, self.programmeTable)
        QWidget.setTabOrder(self.programmeTable, self.scheduleButton)
        QWidget.setTabOrder(self.scheduleButton, self.newRecordButton)
        QWidget.setTabOrder(self.newRecordButton, self.openRecordButton)
        QWidget.setTabOrder(self.openRecordButton, self.viewCertificateButton)
        QWidget.setTabOrder(self.viewCertificateButton, self.newAppraisalButton)
        QWidget.setTabOrder(self.newAppraisalButton, self.openAppraisalButton)
        QWidget.setTabOrder(self.openAppraisalButton, self.appraisalsTable)
        QWidget.setTabOrder(self.appraisalsTable, self.newCourseButton)
        QWidget.setTabOrder(self.newCourseButton, self.openCourseButton)
        QWidget.setTabOrder(self.openCourseButton, self.archivedCheck)
        QWidget.setTabOrder(self.archivedCheck, self.coursesTable)
        QWidget.setTabOrder(self.coursesTable, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.courseFilterCombo)
        QWidget.setTabOrder(self.courseFilterCombo, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.matrixTable)

        self.retranslateUi(TrainingPage)

        QMetaObject.connectSlotsByName(TrainingPage)
    # setupUi

    def retranslateUi(self, TrainingPage):
        self.titleLabel.setText(QCoreApplication.translate("TrainingPage", u"Training", None))
        self.personLabel.setText(QCoreApplication.translate("TrainingPage", u"P&erson:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Show one person's training", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.personEdit.setToolTip(QCoreApplication.translate("TrainingPage", u"Type a name, reference or postcode and choose from the list: every tab then shows only that person. Clear it to see everyone.", None))
#endif // QT_CONFIG(tooltip)
        self.recordButton.setText(QCoreApplication.translate("TrainingPage", u"&Record training\u2026", None))
        self.appraisalButton.setText(QCoreApplication.translate("TrainingPage", u"Record &appraisal\u2026", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Training sections", None))
#endif // QT_CONFIG(accessibility)
        self.expiringLabel.setText(QCoreApplication.translate("TrainingPage", u"Training running out in the next 90 days, or run out", None))
#if QT_CONFIG(accessibility)
        self.expiringTable.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Training running out or run out", None))
#endif // QT_CONFIG(accessibility)
        self.appraisalsDueLabel.setText(QCoreApplication.translate("TrainingPage", u"Appraisals overdue", None))
#if QT_CONFIG(accessibility)
        self.appraisalsDueTable.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Appraisals overdue", None))
#endif // QT_CONFIG(accessibility)
        self.feedbackLabel.setText(QCoreApplication.translate("TrainingPage", u"Conference feedback forms not yet returned", None))
#if QT_CONFIG(accessibility)
        self.feedbackTable.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Conference feedback forms not yet returned", None))
#endif // QT_CONFIG(accessibility)
        self.attentionHint.setText(QCoreApplication.translate("TrainingPage", u"Enter or double-click opens the record; Tab moves to the next list.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attentionTab), QCoreApplication.translate("TrainingPage", u"Needs a&ttention", None))
        self.needsLabel.setText(QCoreApplication.translate("TrainingPage", u"Open training needs", None))
#if QT_CONFIG(accessibility)
        self.needsTable.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Open training needs", None))
#endif // QT_CONFIG(accessibility)
        self.addNeedButton.setText(QCoreApplication.translate("TrainingPage", u"Add a &need\u2026", None))
        self.markMetButton.setText(QCoreApplication.translate("TrainingPage", u"Mar&k met", None))
        self.programmeLabel.setText(QCoreApplication.translate("TrainingPage", u"The annual programme: sessions to plan, the most wanted first", None))
#if QT_CONFIG(accessibility)
        self.programmeTable.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Annual training programme", None))
#endif // QT_CONFIG(accessibility)
        self.scheduleButton.setText(QCoreApplication.translate("TrainingPage", u"&Schedule a session\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.needsTab), QCoreApplication.translate("TrainingPage", u"Who needs &what", None))
        self.newRecordButton.setText(QCoreApplication.translate("TrainingPage", u"&New record\u2026", None))
        self.openRecordButton.setText(QCoreApplication.translate("TrainingPage", u"&Open", None))
        self.viewCertificateButton.setText(QCoreApplication.translate("TrainingPage", u"&View certificate", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recordsTab), QCoreApplication.translate("TrainingPage", u"Recor&ds", None))
        self.newAppraisalButton.setText(QCoreApplication.translate("TrainingPage", u"&New appraisal\u2026", None))
        self.openAppraisalButton.setText(QCoreApplication.translate("TrainingPage", u"&Open", None))
#if QT_CONFIG(accessibility)
        self.appraisalsTable.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Appraisals held", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.appraisalsTab), QCoreApplication.translate("TrainingPage", u"Appra&isals", None))
        self.newCourseButton.setText(QCoreApplication.translate("TrainingPage", u"&New course\u2026", None))
        self.openCourseButton.setText(QCoreApplication.translate("TrainingPage", u"&Open course\u2026", None))
        self.archivedCheck.setText(QCoreApplication.translate("TrainingPage", u"&Show archived courses", None))
#if QT_CONFIG(accessibility)
        self.archivedCheck.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Show archived courses", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.coursesTable.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Course catalogue", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.coursesTab), QCoreApplication.translate("TrainingPage", u"&Courses", None))
        self.groupLabel.setText(QCoreApplication.translate("TrainingPage", u"Gro&up:", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Show the members of a group", None))
#endif // QT_CONFIG(accessibility)
        self.courseFilterLabel.setText(QCoreApplication.translate("TrainingPage", u"C&ourse:", None))
#if QT_CONFIG(accessibility)
        self.courseFilterCombo.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Show one course", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("TrainingPage", u"E&xport to Excel\u2026", None))
#if QT_CONFIG(accessibility)
        self.matrixTable.setAccessibleName(QCoreApplication.translate("TrainingPage", u"Training matrix: people by courses", None))
#endif // QT_CONFIG(accessibility)
        self.matrixCount.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.matrixTab), QCoreApplication.translate("TrainingPage", u"&Matrix", None))
        pass
    # retranslateUi

