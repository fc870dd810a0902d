# Generated from forms/audit_trail.ui (sha256 ee9b20f46831bb77f0ba26b62426239c1ec00a8c75eb0320f1599723cb3940d3) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_trail.ui'
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
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AuditTrail(object):
    def setupUi(self, AuditTrail):
        if not AuditTrail.objectName():
            AuditTrail.setObjectName(u"AuditTrail")
        AuditTrail.resize(900, 520)
        self.trailLayout = QVBoxLayout(AuditTrail)
        self.trailLayout.setObjectName(u"trailLayout")
        self.introLabel = QLabel(AuditTrail)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.trailLayout.addWidget(self.introLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.personLabel = QLabel(AuditTrail)
        self.personLabel.setObjectName(u"personLabel")

        self.filterLayout.addWidget(self.personLabel)

        self.personEdit = QLineEdit(AuditTrail)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setMinimumWidth(220)
        self.personEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.personEdit)

        self.personClearButton = QPushButton(AuditTrail)
        self.personClearButton.setObjectName(u"personClearButton")

        self.filterLayout.addWidget(self.personClearButton)

        self.officerLabel = QLabel(AuditTrail)
        self.officerLabel.setObjectName(u"officerLabel")

        self.filterLayout.addWidget(self.officerLabel)

        self.officerCombo = QComboBox(AuditTrail)
        self.officerCombo.setObjectName(u"officerCombo")
        self.officerCombo.setMinimumWidth(140)

        self.filterLayout.addWidget(self.officerCombo)

        self.actionLabel = QLabel(AuditTrail)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditTrail)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setMinimumWidth(140)

        self.filterLayout.addWidget(self.actionCombo)

        self.row1Spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.row1Spacer)


        self.trailLayout.addLayout(self.filterLayout)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.fromCheck = QCheckBox(AuditTrail)
        self.fromCheck.setObjectName(u"fromCheck")

        self.datesLayout.addWidget(self.fromCheck)

        self.fromDate = QDateEdit(AuditTrail)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setEnabled(False)

        self.datesLayout.addWidget(self.fromDate)

        self.toCheck = QCheckBox(AuditTrail)
        self.toCheck.setObjectName(u"toCheck")

        self.datesLayout.addWidget(self.toCheck)

        self.toDate = QDateEdit(AuditTrail)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setEnabled(False)

        self.datesLayout.addWidget(self.toDate)

        self.personShownLabel = QLabel(AuditTrail)
        self.personShownLabel.setObjectName(u"personShownLabel")

        self.datesLayout.addWidget(self.personShownLabel)

        self.row2Spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.row2Spacer)


        self.trailLayout.addLayout(self.datesLayout)

        self.splitter = QSplitter(AuditTrail)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.entriesView = QTableView(self.splitter)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesView.setTabKeyNavigation(False)
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesView.setWordWrap(False)
        self.splitter.addWidget(self.entriesView)
        self.changesTable = QTableWidget(self.splitter)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesTable.setTabKeyNavigation(False)
        self.splitter.addWidget(self.changesTable)

        self.trailLayout.addWidget(self.splitter)

        self.pagingLayout = QHBoxLayout()
        self.pagingLayout.setObjectName(u"pagingLayout")
        self.countLabel = QLabel(AuditTrail)
        self.countLabel.setObjectName(u"countLabel")

        self.pagingLayout.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pagingLayout.addItem(self.bottomSpacer)

        self.newerButton = QPushButton(AuditTrail)
        self.newerButton.setObjectName(u"newerButton")

        self.pagingLayout.addWidget(self.newerButton)

        self.olderButton = QPushButton(AuditTrail)
        self.olderButton.setObjectName(u"olderButton")

        self.pagingLayout.addWidget(self.olderButton)


        self.trailLayout.addLayout(self.pagingLayout)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.officerLabel.setBuddy(self.officerCombo)
        self.actionLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personEdit, self.personClearButton)
        QWidget.setTabOrder(self.personClearButton, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.fromCheck)
        QWidget.setTabOrder(self.fromCheck, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.toDate)
        QWidget.setTabOrder(self.toDate, self.entriesView)
        QWidget.setTabOrder(self.entriesView, self.changesTable)
        QWidget.setTabOrder(self.changesTable, self.newerButton)
        QWidget.setTabOrder(self.newerButton, self.olderButton)

        self.retranslateUi(AuditTrail)

        QMetaObject.connectSlotsByName(AuditTrail)
    # setupUi

    def retranslateUi(self, AuditTrail):
        self.introLabel.setText(QCoreApplication.translate("AuditTrail", u"Who changed what and when, newest first. Entries name people by number; the names shown are read from the records as they are now.", None))
        self.personLabel.setText(QCoreApplication.translate("AuditTrail", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("AuditTrail", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("AuditTrail", u"Name, reference or #id, then Enter", None))
#if QT_CONFIG(accessibility)
        self.personClearButton.setAccessibleName(QCoreApplication.translate("AuditTrail", u"Show everyone", None))
#endif // QT_CONFIG(accessibility)
        self.personClearButton.setText(QCoreApplication.translate("AuditTrail", u"Every&one", None))
        self.officerLabel.setText(QCoreApplication.translate("AuditTrail", u"Offic&er:", None))
#if QT_CONFIG(accessibility)
        self.officerCombo.setAccessibleName(QCoreApplication.translate("AuditTrail", u"Officer", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("AuditTrail", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.actionCombo.setAccessibleName(QCoreApplication.translate("AuditTrail", u"Kind of change", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromCheck.setAccessibleName(QCoreApplication.translate("AuditTrail", u"Only from a date", None))
#endif // QT_CONFIG(accessibility)
        self.fromCheck.setText(QCoreApplication.translate("AuditTrail", u"Fro&m", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("AuditTrail", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("AuditTrail", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.toCheck.setAccessibleName(QCoreApplication.translate("AuditTrail", u"Only up to a date", None))
#endif // QT_CONFIG(accessibility)
        self.toCheck.setText(QCoreApplication.translate("AuditTrail", u"&Until", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("AuditTrail", u"Until date", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("AuditTrail", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.personShownLabel.setAccessibleName(QCoreApplication.translate("AuditTrail", u"Person shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entriesView.setAccessibleName(QCoreApplication.translate("AuditTrail", u"Audit entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entriesView.setAccessibleDescription(QCoreApplication.translate("AuditTrail", u"One change per row: when, who, about whom or what, what happened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.changesTable.setAccessibleName(QCoreApplication.translate("AuditTrail", u"Changed fields", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.changesTable.setAccessibleDescription(QCoreApplication.translate("AuditTrail", u"The chosen entry's fields, each with its old and new value", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("AuditTrail", u"How many entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newerButton.setAccessibleName(QCoreApplication.translate("AuditTrail", u"Newer entries", None))
#endif // QT_CONFIG(accessibility)
        self.newerButton.setText(QCoreApplication.translate("AuditTrail", u"Ne&wer", None))
#if QT_CONFIG(accessibility)
        self.olderButton.setAccessibleName(QCoreApplication.translate("AuditTrail", u"Older entries", None))
#endif // QT_CONFIG(accessibility)
        self.olderButton.setText(QCoreApplication.translate("AuditTrail", u"Olde&r", None))
        pass
    # retranslateUi

