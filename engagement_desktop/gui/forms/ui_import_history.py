# Generated from forms/import_history.ui (sha256 b96ab887563492593904f65c723b215e53c2960f643632cadca08b086541eb24) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_history.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ImportHistoryDialog(object):
    def setupUi(self, ImportHistoryDialog):
        if not ImportHistoryDialog.objectName():
            ImportHistoryDialog.setObjectName(u"ImportHistoryDialog")
        ImportHistoryDialog.resize(900, 480)
        self.historyLayout = QVBoxLayout(ImportHistoryDialog)
        self.historyLayout.setObjectName(u"historyLayout")
        self.introLabel = QLabel(ImportHistoryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.historyLayout.addWidget(self.introLabel)

        self.historyTable = QTableView(ImportHistoryDialog)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setTabKeyNavigation(False)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(False)
        self.historyTable.setCornerButtonEnabled(False)
        self.historyTable.horizontalHeader().setHighlightSections(False)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.undoButton = QPushButton(ImportHistoryDialog)
        self.undoButton.setObjectName(u"undoButton")

        self.historyButtons.addWidget(self.undoButton)

        self.undoNote = QLabel(ImportHistoryDialog)
        self.undoNote.setObjectName(u"undoNote")
        self.undoNote.setWordWrap(True)

        self.historyButtons.addWidget(self.undoNote)

        self.historyButtonsSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historyButtonsSpacer)

        self.buttonBox = QDialogButtonBox(ImportHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.historyButtons.addWidget(self.buttonBox)


        self.historyLayout.addLayout(self.historyButtons)

        QWidget.setTabOrder(self.historyTable, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.buttonBox)

        self.retranslateUi(ImportHistoryDialog)

        QMetaObject.connectSlotsByName(ImportHistoryDialog)
    # setupUi

    def retranslateUi(self, ImportHistoryDialog):
        ImportHistoryDialog.setWindowTitle(QCoreApplication.translate("ImportHistoryDialog", u"Import history", None))
        self.introLabel.setText(QCoreApplication.translate("ImportHistoryDialog", u"Every spreadsheet imported into this database, latest first. A people import can be taken back as a whole: people it added are removed and fields it changed get their old values back.", None))
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("ImportHistoryDialog", u"Imports", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleDescription(QCoreApplication.translate("ImportHistoryDialog", u"One import per row: when, what, the file, rows read, what it did, who, and whether it was undone", None))
#endif // QT_CONFIG(accessibility)
        self.undoButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"&Undo this import\u2026", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("ImportHistoryDialog", u"Take the chosen people import back as a whole", None))
#endif // QT_CONFIG(tooltip)
        self.undoNote.setText("")
#if QT_CONFIG(accessibility)
        self.undoNote.setAccessibleName(QCoreApplication.translate("ImportHistoryDialog", u"About undoing the chosen import", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

