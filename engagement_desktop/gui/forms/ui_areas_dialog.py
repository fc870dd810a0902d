# Generated from forms/areas_dialog.ui (sha256 f82bd2bdb6f177fca98c15c1bc7e9b4f2e50b70b2311c9f39baed06066a10038) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'areas_dialog.ui'
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

class Ui_AreasDialog(object):
    def setupUi(self, AreasDialog):
        if not AreasDialog.objectName():
            AreasDialog.setObjectName(u"AreasDialog")
        AreasDialog.resize(760, 480)
        self.dialogLayout = QVBoxLayout(AreasDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AreasDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.areaTable = QTableView(AreasDialog)
        self.areaTable.setObjectName(u"areaTable")
        self.areaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.areaTable.setTabKeyNavigation(False)
        self.areaTable.setAlternatingRowColors(True)
        self.areaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.areaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.areaTable.setShowGrid(False)
        self.areaTable.setWordWrap(False)
        self.areaTable.horizontalHeader().setHighlightSections(False)
        self.areaTable.horizontalHeader().setStretchLastSection(True)
        self.areaTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.areaTable)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setSpacing(8)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.addButton = QPushButton(AreasDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.addButton)

        self.renameButton = QPushButton(AreasDialog)
        self.renameButton.setObjectName(u"renameButton")
        self.renameButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.renameButton)

        self.mergeButton = QPushButton(AreasDialog)
        self.mergeButton.setObjectName(u"mergeButton")
        self.mergeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.mergeButton)

        self.bottomSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AreasDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomLayout)

        QWidget.setTabOrder(self.areaTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.buttonBox)

        self.retranslateUi(AreasDialog)
        self.buttonBox.rejected.connect(AreasDialog.reject)

        QMetaObject.connectSlotsByName(AreasDialog)
    # setupUi

    def retranslateUi(self, AreasDialog):
        AreasDialog.setWindowTitle(QCoreApplication.translate("AreasDialog", u"Estates and areas", None))
        self.introLabel.setText(QCoreApplication.translate("AreasDialog", u"The estates, schemes and areas people, events and groups are placed in. Merge a misspelt one into the right one: everything placed in it moves across.", None))
#if QT_CONFIG(accessibility)
        self.areaTable.setAccessibleName(QCoreApplication.translate("AreasDialog", u"Estates and areas", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("AreasDialog", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("AreasDialog", u"A new estate, scheme or area", None))
#endif // QT_CONFIG(tooltip)
        self.renameButton.setText(QCoreApplication.translate("AreasDialog", u"&Rename\u2026", None))
#if QT_CONFIG(tooltip)
        self.renameButton.setToolTip(QCoreApplication.translate("AreasDialog", u"A new name for the chosen one (Enter); everything placed in it stays", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("AreasDialog", u"&Merge into\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("AreasDialog", u"Move everything placed in the chosen one to another, and remove it", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

