# Generated from forms/fieldkit_bring_back.ui (sha256 6dd474a036fa697e4b2fe7d3f2ba30a516699ac100436e781b503c5197b280a1) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fieldkit_bring_back.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_FieldkitBringBackDialog(object):
    def setupUi(self, FieldkitBringBackDialog):
        if not FieldkitBringBackDialog.objectName():
            FieldkitBringBackDialog.setObjectName(u"FieldkitBringBackDialog")
        FieldkitBringBackDialog.resize(820, 560)
        self.bringBackLayout = QVBoxLayout(FieldkitBringBackDialog)
        self.bringBackLayout.setObjectName(u"bringBackLayout")
        self.summaryLabel = QLabel(FieldkitBringBackDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bringBackLayout.addWidget(self.summaryLabel)

        self.duplicatesLabel = QLabel(FieldkitBringBackDialog)
        self.duplicatesLabel.setObjectName(u"duplicatesLabel")
        self.duplicatesLabel.setWordWrap(True)

        self.bringBackLayout.addWidget(self.duplicatesLabel)

        self.duplicatesTable = QTableWidget(FieldkitBringBackDialog)
        if (self.duplicatesTable.columnCount() < 3):
            self.duplicatesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.duplicatesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.duplicatesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.duplicatesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.duplicatesTable.setObjectName(u"duplicatesTable")
        self.duplicatesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicatesTable.setColumnCount(3)

        self.bringBackLayout.addWidget(self.duplicatesTable)

        self.conflictsLabel = QLabel(FieldkitBringBackDialog)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        self.conflictsLabel.setWordWrap(True)

        self.bringBackLayout.addWidget(self.conflictsLabel)

        self.conflictsTable = QTableWidget(FieldkitBringBackDialog)
        if (self.conflictsTable.columnCount() < 4):
            self.conflictsTable.setColumnCount(4)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.conflictsTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.conflictsTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.conflictsTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.conflictsTable.setHorizontalHeaderItem(3, __qtablewidgetitem6)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsTable.setColumnCount(4)

        self.bringBackLayout.addWidget(self.conflictsTable)

        self.errorLabel = QLabel(FieldkitBringBackDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.bringBackLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FieldkitBringBackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.bringBackLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.duplicatesLabel.setBuddy(self.duplicatesTable)
        self.conflictsLabel.setBuddy(self.conflictsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FieldkitBringBackDialog)

        QMetaObject.connectSlotsByName(FieldkitBringBackDialog)
    # setupUi

    def retranslateUi(self, FieldkitBringBackDialog):
        FieldkitBringBackDialog.setWindowTitle(QCoreApplication.translate("FieldkitBringBackDialog", u"Bring back a field kit", None))
        self.duplicatesLabel.setText(QCoreApplication.translate("FieldkitBringBackDialog", u"&Walk-ins who may already be on the register: the same person, or keep apart?", None))
        ___qtablewidgetitem = self.duplicatesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FieldkitBringBackDialog", u"Walk-in", None))
        ___qtablewidgetitem1 = self.duplicatesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FieldkitBringBackDialog", u"On the register", None))
        ___qtablewidgetitem2 = self.duplicatesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FieldkitBringBackDialog", u"Decision", None))
#if QT_CONFIG(accessibility)
        self.duplicatesTable.setAccessibleName(QCoreApplication.translate("FieldkitBringBackDialog", u"Likely duplicates", None))
#endif // QT_CONFIG(accessibility)
        self.conflictsLabel.setText(QCoreApplication.translate("FieldkitBringBackDialog", u"&Changed in the office while the pack was out: keep the office's version or take the pack's?", None))
        ___qtablewidgetitem3 = self.conflictsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("FieldkitBringBackDialog", u"Record", None))
        ___qtablewidgetitem4 = self.conflictsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("FieldkitBringBackDialog", u"In the office", None))
        ___qtablewidgetitem5 = self.conflictsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("FieldkitBringBackDialog", u"In the pack", None))
        ___qtablewidgetitem6 = self.conflictsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("FieldkitBringBackDialog", u"Decision", None))
#if QT_CONFIG(accessibility)
        self.conflictsTable.setAccessibleName(QCoreApplication.translate("FieldkitBringBackDialog", u"Conflicts", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

