# Generated from forms/training_session_dialog.ui (sha256 6ad3a234878a3b0eb20ded13dc85c0e3fae0ce21cf4f62ab59454ef7333f3839) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_session_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_TrainingSessionDialog(object):
    def setupUi(self, TrainingSessionDialog):
        if not TrainingSessionDialog.objectName():
            TrainingSessionDialog.setObjectName(u"TrainingSessionDialog")
        TrainingSessionDialog.resize(520, 520)
        self.dialogLayout = QVBoxLayout(TrainingSessionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(TrainingSessionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.courseLabel = QLabel(TrainingSessionDialog)
        self.courseLabel.setObjectName(u"courseLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseCombo = QComboBox(TrainingSessionDialog)
        self.courseCombo.setObjectName(u"courseCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.courseCombo)

        self.courseError = QLabel(TrainingSessionDialog)
        self.courseError.setObjectName(u"courseError")
        self.courseError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.courseError)

        self.startsLabel = QLabel(TrainingSessionDialog)
        self.startsLabel.setObjectName(u"startsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startsLabel)

        self.startsEdit = QDateTimeEdit(TrainingSessionDialog)
        self.startsEdit.setObjectName(u"startsEdit")
        self.startsEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startsEdit)

        self.startsError = QLabel(TrainingSessionDialog)
        self.startsError.setObjectName(u"startsError")
        self.startsError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startsError)

        self.venueLabel = QLabel(TrainingSessionDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(TrainingSessionDialog)
        self.venueEdit.setObjectName(u"venueEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.venueError = QLabel(TrainingSessionDialog)
        self.venueError.setObjectName(u"venueError")
        self.venueError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.venueError)

        self.peopleLabel = QLabel(TrainingSessionDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleList = QListWidget(TrainingSessionDialog)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setMinimumSize(QSize(0, 120))
        self.peopleList.setMaximumSize(QSize(16777215, 260))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.peopleList)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(TrainingSessionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(TrainingSessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.courseLabel.setBuddy(self.courseCombo)
        self.startsLabel.setBuddy(self.startsEdit)
        self.venueLabel.setBuddy(self.venueEdit)
        self.peopleLabel.setBuddy(self.peopleList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.courseCombo, self.startsEdit)
        QWidget.setTabOrder(self.startsEdit, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.peopleList)

        self.retranslateUi(TrainingSessionDialog)

        QMetaObject.connectSlotsByName(TrainingSessionDialog)
    # setupUi

    def retranslateUi(self, TrainingSessionDialog):
        TrainingSessionDialog.setWindowTitle(QCoreApplication.translate("TrainingSessionDialog", u"Schedule a training session", None))
        self.introLabel.setText(QCoreApplication.translate("TrainingSessionDialog", u"The session goes in the diary as a Training session event; the people ticked are invited and booked on the course.", None))
        self.courseLabel.setText(QCoreApplication.translate("TrainingSessionDialog", u"&Course:", None))
#if QT_CONFIG(accessibility)
        self.courseCombo.setAccessibleName(QCoreApplication.translate("TrainingSessionDialog", u"Course", None))
#endif // QT_CONFIG(accessibility)
        self.courseError.setText("")
        self.startsLabel.setText(QCoreApplication.translate("TrainingSessionDialog", u"Starts &at:", None))
#if QT_CONFIG(accessibility)
        self.startsEdit.setAccessibleName(QCoreApplication.translate("TrainingSessionDialog", u"Starts at", None))
#endif // QT_CONFIG(accessibility)
        self.startsEdit.setDisplayFormat(QCoreApplication.translate("TrainingSessionDialog", u"dd/MM/yyyy HH:mm", None))
        self.startsError.setText("")
        self.venueLabel.setText(QCoreApplication.translate("TrainingSessionDialog", u"&Venue:", None))
#if QT_CONFIG(accessibility)
        self.venueEdit.setAccessibleName(QCoreApplication.translate("TrainingSessionDialog", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("TrainingSessionDialog", u"Where, or Online", None))
        self.venueError.setText("")
        self.peopleLabel.setText(QCoreApplication.translate("TrainingSessionDialog", u"&Book:", None))
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("TrainingSessionDialog", u"People to book; Space ticks or unticks", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
    # retranslateUi

