# Generated from forms/inspections_tab.ui (sha256 b5725b9490bb9e897b73bb8c9240e47a889292a3408d6e52879d65e89640470b) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspections_tab.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_InspectionsTab(object):
    def setupUi(self, InspectionsTab):
        if not InspectionsTab.objectName():
            InspectionsTab.setObjectName(u"InspectionsTab")
        InspectionsTab.resize(1000, 600)
        self.tabLayout = QVBoxLayout(InspectionsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.checklistButton = QPushButton(InspectionsTab)
        self.checklistButton.setObjectName(u"checklistButton")

        self.buttonRow.addWidget(self.checklistButton)

        self.visitButton = QPushButton(InspectionsTab)
        self.visitButton.setObjectName(u"visitButton")

        self.buttonRow.addWidget(self.visitButton)

        self.trendLabel = QLabel(InspectionsTab)
        self.trendLabel.setObjectName(u"trendLabel")

        self.buttonRow.addWidget(self.trendLabel)

        self.trendCombo = QComboBox(InspectionsTab)
        self.trendCombo.setObjectName(u"trendCombo")

        self.buttonRow.addWidget(self.trendCombo)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.tabLayout.addLayout(self.buttonRow)

        self.splitter = QSplitter(InspectionsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.visitsTable = QTableWidget(self.splitter)
        self.visitsTable.setObjectName(u"visitsTable")
        self.visitsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visitsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visitsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.visitsTable)
        self.trendTable = QTableWidget(self.splitter)
        self.trendTable.setObjectName(u"trendTable")
        self.trendTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trendTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trendTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.trendTable)

        self.tabLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.trendLabel.setBuddy(self.trendCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionsTab)

        QMetaObject.connectSlotsByName(InspectionsTab)
    # setupUi

    def retranslateUi(self, InspectionsTab):
        self.checklistButton.setText(QCoreApplication.translate("InspectionsTab", u"New &checklist\u2026", None))
        self.visitButton.setText(QCoreApplication.translate("InspectionsTab", u"&Record a visit\u2026", None))
        self.trendLabel.setText(QCoreApplication.translate("InspectionsTab", u"&Trend for:", None))
#if QT_CONFIG(accessibility)
        self.trendCombo.setAccessibleName(QCoreApplication.translate("InspectionsTab", u"Checklist whose trend is shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.visitsTable.setAccessibleName(QCoreApplication.translate("InspectionsTab", u"Visits with their score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trendTable.setAccessibleName(QCoreApplication.translate("InspectionsTab", u"Score per place over time", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

