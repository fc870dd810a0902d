# Generated from forms/duplicate_dialog.ui (sha256 195ac697b8a6e4354542445948cc3b1af1e20dbeaa1f2fd371076887210eb788) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duplicate_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DuplicateDialog(object):
    def setupUi(self, DuplicateDialog):
        if not DuplicateDialog.objectName():
            DuplicateDialog.setObjectName(u"DuplicateDialog")
        DuplicateDialog.resize(640, 340)
        self.dialogLayout = QVBoxLayout(DuplicateDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageLabel = QLabel(DuplicateDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.matchesTable = QTableWidget(DuplicateDialog)
        self.matchesTable.setObjectName(u"matchesTable")
        self.matchesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matchesTable.setTabKeyNavigation(False)
        self.matchesTable.setAlternatingRowColors(True)
        self.matchesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matchesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matchesTable.horizontalHeader().setStretchLastSection(True)
        self.matchesTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.matchesTable)

        self.hintLabel = QLabel(DuplicateDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.openExistingButton = QPushButton(DuplicateDialog)
        self.openExistingButton.setObjectName(u"openExistingButton")

        self.buttonLayout.addWidget(self.openExistingButton)

        self.addAnywayButton = QPushButton(DuplicateDialog)
        self.addAnywayButton.setObjectName(u"addAnywayButton")
        self.addAnywayButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.addAnywayButton)

        self.backButton = QPushButton(DuplicateDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.backButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.matchesTable, self.openExistingButton)
        QWidget.setTabOrder(self.openExistingButton, self.addAnywayButton)
        QWidget.setTabOrder(self.addAnywayButton, self.backButton)

        self.retranslateUi(DuplicateDialog)

        self.openExistingButton.setDefault(True)


        QMetaObject.connectSlotsByName(DuplicateDialog)
    # setupUi

    def retranslateUi(self, DuplicateDialog):
        DuplicateDialog.setWindowTitle(QCoreApplication.translate("DuplicateDialog", u"Already on file?", None))
        self.messageLabel.setText(QCoreApplication.translate("DuplicateDialog", u"This person may already be on file:", None))
#if QT_CONFIG(accessibility)
        self.matchesTable.setAccessibleName(QCoreApplication.translate("DuplicateDialog", u"People who may be the same person", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("DuplicateDialog", u"\u201cOpen existing\u201d closes the new entry without saving it and opens the person on file. \u201cAdd anyway\u201d saves the new person as a separate record.", None))
        self.openExistingButton.setText(QCoreApplication.translate("DuplicateDialog", u"&Open existing", None))
        self.addAnywayButton.setText(QCoreApplication.translate("DuplicateDialog", u"&Add anyway", None))
        self.backButton.setText(QCoreApplication.translate("DuplicateDialog", u"&Back to editing", None))
    # retranslateUi

