# Generated from forms/event_people_picker.ui (sha256 cb2e52d8a00b36ab46f18f047c130c55477e95746b28861fd6eb4c603e3ca921) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_people_picker.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PeoplePicker(object):
    def setupUi(self, PeoplePicker):
        if not PeoplePicker.objectName():
            PeoplePicker.setObjectName(u"PeoplePicker")
        PeoplePicker.resize(560, 480)
        self.pickerLayout = QVBoxLayout(PeoplePicker)
        self.pickerLayout.setObjectName(u"pickerLayout")
        self.introLabel = QLabel(PeoplePicker)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pickerLayout.addWidget(self.introLabel)

        self.searchEdit = QLineEdit(PeoplePicker)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.pickerLayout.addWidget(self.searchEdit)

        self.resultsList = QListWidget(PeoplePicker)
        self.resultsList.setObjectName(u"resultsList")

        self.pickerLayout.addWidget(self.resultsList)

        self.chosenLabel = QLabel(PeoplePicker)
        self.chosenLabel.setObjectName(u"chosenLabel")
        self.chosenLabel.setWordWrap(True)

        self.pickerLayout.addWidget(self.chosenLabel)

        self.buttonBox = QDialogButtonBox(PeoplePicker)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.pickerLayout.addWidget(self.buttonBox)


        self.retranslateUi(PeoplePicker)

        QMetaObject.connectSlotsByName(PeoplePicker)
    # setupUi

    def retranslateUi(self, PeoplePicker):
        PeoplePicker.setWindowTitle(QCoreApplication.translate("PeoplePicker", u"Choose people", None))
        self.introLabel.setText("")
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PeoplePicker", u"Search people", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PeoplePicker", u"Two or three letters of a name, reference or postcode", None))
#if QT_CONFIG(accessibility)
        self.resultsList.setAccessibleName(QCoreApplication.translate("PeoplePicker", u"Matching people", None))
#endif // QT_CONFIG(accessibility)
        self.chosenLabel.setText("")
    # retranslateUi

