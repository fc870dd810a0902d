# Generated from forms/consultations_tab.ui (sha256 1dbbecbd157334381cb99e503742cfa97a2dd571dcb5d5ad4e2213d6d2cc7bca) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultations_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_ConsultationsTab(object):
    def setupUi(self, ConsultationsTab):
        if not ConsultationsTab.objectName():
            ConsultationsTab.setObjectName(u"ConsultationsTab")
        ConsultationsTab.resize(1000, 600)
        self.tabLayout = QVBoxLayout(ConsultationsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(ConsultationsTab)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.editButton = QPushButton(ConsultationsTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.askButton = QPushButton(ConsultationsTab)
        self.askButton.setObjectName(u"askButton")

        self.buttonRow.addWidget(self.askButton)

        self.answerButton = QPushButton(ConsultationsTab)
        self.answerButton.setObjectName(u"answerButton")

        self.buttonRow.addWidget(self.answerButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.tabLayout.addLayout(self.buttonRow)

        self.splitter = QSplitter(ConsultationsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.consultationsTable = QTableWidget(self.splitter)
        self.consultationsTable.setObjectName(u"consultationsTable")
        self.consultationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consultationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consultationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.consultationsTable)
        self.detailText = QTextBrowser(self.splitter)
        self.detailText.setObjectName(u"detailText")
        self.splitter.addWidget(self.detailText)

        self.tabLayout.addWidget(self.splitter)


        self.retranslateUi(ConsultationsTab)

        QMetaObject.connectSlotsByName(ConsultationsTab)
    # setupUi

    def retranslateUi(self, ConsultationsTab):
        self.newButton.setText(QCoreApplication.translate("ConsultationsTab", u"&New consultation\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ConsultationsTab", u"&Edit\u2026", None))
        self.askButton.setText(QCoreApplication.translate("ConsultationsTab", u"&Ask a group\u2026", None))
#if QT_CONFIG(tooltip)
        self.askButton.setToolTip(QCoreApplication.translate("ConsultationsTab", u"Ask a group's current members; each asking goes in their contact history", None))
#endif // QT_CONFIG(tooltip)
        self.answerButton.setText(QCoreApplication.translate("ConsultationsTab", u"&Record an answer\u2026", None))
#if QT_CONFIG(tooltip)
        self.answerButton.setToolTip(QCoreApplication.translate("ConsultationsTab", u"What one of the people asked said", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.consultationsTable.setAccessibleName(QCoreApplication.translate("ConsultationsTab", u"Consultations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailText.setAccessibleName(QCoreApplication.translate("ConsultationsTab", u"What the people asked said", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

