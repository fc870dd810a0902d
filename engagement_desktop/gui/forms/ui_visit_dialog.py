# Generated from forms/visit_dialog.ui (sha256 0f3563c6cff40b73e95a0fc6f1ba6df7ca59c00aaa256c00a701ccf4caaeffc3) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(680, 400)
        self.dialogLayout = QVBoxLayout(VisitDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.checklistLabel = QLabel(VisitDialog)
        self.checklistLabel.setObjectName(u"checklistLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.checklistLabel)

        self.checklistEdit = QComboBox(VisitDialog)
        self.checklistEdit.setObjectName(u"checklistEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.checklistEdit)

        self.checklistError = QLabel(VisitDialog)
        self.checklistError.setObjectName(u"checklistError")
        self.checklistError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.checklistError)

        self.placeLabel = QLabel(VisitDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(VisitDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.placeError = QLabel(VisitDialog)
        self.placeError.setObjectName(u"placeError")
        self.placeError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeError)

        self.visitedLabel = QLabel(VisitDialog)
        self.visitedLabel.setObjectName(u"visitedLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.visitedLabel)

        self.visitedEdit = QLineEdit(VisitDialog)
        self.visitedEdit.setObjectName(u"visitedEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.visitedEdit)

        self.visitedError = QLabel(VisitDialog)
        self.visitedError.setObjectName(u"visitedError")
        self.visitedError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.visitedError)

        self.eventLabel = QLabel(VisitDialog)
        self.eventLabel.setObjectName(u"eventLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.eventEdit = QComboBox(VisitDialog)
        self.eventEdit.setObjectName(u"eventEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.eventEdit)

        self.eventError = QLabel(VisitDialog)
        self.eventError.setObjectName(u"eventError")
        self.eventError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.eventError)

        self.photosLabel = QLabel(VisitDialog)
        self.photosLabel.setObjectName(u"photosLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.photosLabel)

        self.photosEdit = QLineEdit(VisitDialog)
        self.photosEdit.setObjectName(u"photosEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.photosEdit)

        self.photosError = QLabel(VisitDialog)
        self.photosError.setObjectName(u"photosError")
        self.photosError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.photosError)


        self.dialogLayout.addLayout(self.formLayout)

        self.scoresLabel = QLabel(VisitDialog)
        self.scoresLabel.setObjectName(u"scoresLabel")

        self.dialogLayout.addWidget(self.scoresLabel)

        self.scoresTable = QTableWidget(VisitDialog)
        self.scoresTable.setObjectName(u"scoresTable")

        self.dialogLayout.addWidget(self.scoresTable)

        self.scoresError = QLabel(VisitDialog)
        self.scoresError.setObjectName(u"scoresError")
        self.scoresError.setWordWrap(True)

        self.dialogLayout.addWidget(self.scoresError)

        self.formError = QLabel(VisitDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(VisitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.checklistLabel.setBuddy(self.checklistEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.visitedLabel.setBuddy(self.visitedEdit)
        self.eventLabel.setBuddy(self.eventEdit)
        self.photosLabel.setBuddy(self.photosEdit)
        self.scoresLabel.setBuddy(self.scoresTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.checklistEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.visitedEdit)
        QWidget.setTabOrder(self.visitedEdit, self.eventEdit)
        QWidget.setTabOrder(self.eventEdit, self.photosEdit)

        self.retranslateUi(VisitDialog)

        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"Record a visit", None))
        self.checklistLabel.setText(QCoreApplication.translate("VisitDialog", u"&Checklist:", None))
#if QT_CONFIG(accessibility)
        self.checklistEdit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Checklist", None))
#endif // QT_CONFIG(accessibility)
        self.checklistError.setText("")
        self.placeLabel.setText(QCoreApplication.translate("VisitDialog", u"&Place:", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Place: block, estate or service", None))
#endif // QT_CONFIG(accessibility)
        self.placeError.setText("")
        self.visitedLabel.setText(QCoreApplication.translate("VisitDialog", u"&Visited on:", None))
#if QT_CONFIG(accessibility)
        self.visitedEdit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Visited on", None))
#endif // QT_CONFIG(accessibility)
        self.visitedEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"dd/mm/yyyy", None))
        self.visitedError.setText("")
        self.eventLabel.setText(QCoreApplication.translate("VisitDialog", u"&Event:", None))
#if QT_CONFIG(accessibility)
        self.eventEdit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Event the inspectors attended", None))
#endif // QT_CONFIG(accessibility)
        self.eventError.setText("")
        self.photosLabel.setText(QCoreApplication.translate("VisitDialog", u"P&hotos:", None))
#if QT_CONFIG(accessibility)
        self.photosEdit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Photo references", None))
#endif // QT_CONFIG(accessibility)
        self.photosError.setText("")
        self.scoresLabel.setText(QCoreApplication.translate("VisitDialog", u"Sc&ores (blank: not seen):", None))
#if QT_CONFIG(accessibility)
        self.scoresTable.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Scores for each question", None))
#endif // QT_CONFIG(accessibility)
        self.scoresError.setText("")
        self.formError.setText("")
    # retranslateUi

