# Generated from forms/money_settings.ui (sha256 8984f814d7449fe2c566f630cbfc18862ff334ec7e65d7437250955c3fba2b29) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'money_settings.ui'
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
from PySide6.QtWidgets import (QApplication, QDoubleSpinBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_MoneySettings(object):
    def setupUi(self, MoneySettings):
        if not MoneySettings.objectName():
            MoneySettings.setObjectName(u"MoneySettings")
        MoneySettings.resize(460, 300)
        self.moneyLayout = QVBoxLayout(MoneySettings)
        self.moneyLayout.setObjectName(u"moneyLayout")
        self.introLabel = QLabel(MoneySettings)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.moneyLayout.addWidget(self.introLabel)

        self.moneyForm = QFormLayout()
        self.moneyForm.setObjectName(u"moneyForm")
        self.onCostLabel = QLabel(MoneySettings)
        self.onCostLabel.setObjectName(u"onCostLabel")

        self.moneyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.onCostLabel)

        self.onCostSpin = QDoubleSpinBox(MoneySettings)
        self.onCostSpin.setObjectName(u"onCostSpin")
        self.onCostSpin.setDecimals(1)
        self.onCostSpin.setMaximum(200.000000000000000)

        self.moneyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.onCostSpin)

        self.overheadsLabel = QLabel(MoneySettings)
        self.overheadsLabel.setObjectName(u"overheadsLabel")

        self.moneyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.overheadsLabel)

        self.overheadsEdit = QLineEdit(MoneySettings)
        self.overheadsEdit.setObjectName(u"overheadsEdit")

        self.moneyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.overheadsEdit)

        self.hourValueLabel = QLabel(MoneySettings)
        self.hourValueLabel.setObjectName(u"hourValueLabel")

        self.moneyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hourValueLabel)

        self.hourValueEdit = QLineEdit(MoneySettings)
        self.hourValueEdit.setObjectName(u"hourValueEdit")

        self.moneyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hourValueEdit)

        self.hourSourceLabel = QLabel(MoneySettings)
        self.hourSourceLabel.setObjectName(u"hourSourceLabel")

        self.moneyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hourSourceLabel)

        self.hourSourceEdit = QLineEdit(MoneySettings)
        self.hourSourceEdit.setObjectName(u"hourSourceEdit")

        self.moneyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hourSourceEdit)

        self.customerFacingLabel = QLabel(MoneySettings)
        self.customerFacingLabel.setObjectName(u"customerFacingLabel")

        self.moneyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.customerFacingLabel)

        self.customerFacingEdit = QLineEdit(MoneySettings)
        self.customerFacingEdit.setObjectName(u"customerFacingEdit")

        self.moneyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.customerFacingEdit)


        self.moneyLayout.addLayout(self.moneyForm)

        self.moneySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moneyLayout.addItem(self.moneySpacer)

#if QT_CONFIG(shortcut)
        self.onCostLabel.setBuddy(self.onCostSpin)
        self.overheadsLabel.setBuddy(self.overheadsEdit)
        self.hourValueLabel.setBuddy(self.hourValueEdit)
        self.hourSourceLabel.setBuddy(self.hourSourceEdit)
        self.customerFacingLabel.setBuddy(self.customerFacingEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoneySettings)

        QMetaObject.connectSlotsByName(MoneySettings)
    # setupUi

    def retranslateUi(self, MoneySettings):
        self.introLabel.setText(QCoreApplication.translate("MoneySettings", u"The true cost of involvement is what was spent, plus on-costs on staff time and a share of the year's overheads. The value of an hour volunteered is your own figure: it is shown beside money spent, never added to it.", None))
        self.onCostLabel.setText(QCoreApplication.translate("MoneySettings", u"Staff &on-costs:", None))
#if QT_CONFIG(accessibility)
        self.onCostSpin.setAccessibleName(QCoreApplication.translate("MoneySettings", u"Staff on-costs, per cent of staff time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.onCostSpin.setToolTip(QCoreApplication.translate("MoneySettings", u"Employer's National Insurance, pension and the like, as a share of the staff time cost", None))
#endif // QT_CONFIG(tooltip)
        self.onCostSpin.setSuffix(QCoreApplication.translate("MoneySettings", u" %", None))
        self.overheadsLabel.setText(QCoreApplication.translate("MoneySettings", u"Over&heads a year (\u00a3):", None))
#if QT_CONFIG(accessibility)
        self.overheadsEdit.setAccessibleName(QCoreApplication.translate("MoneySettings", u"Overheads a year in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.overheadsEdit.setPlaceholderText(QCoreApplication.translate("MoneySettings", u"e.g. 12,000", None))
        self.hourValueLabel.setText(QCoreApplication.translate("MoneySettings", u"&Value of an hour volunteered (\u00a3):", None))
#if QT_CONFIG(accessibility)
        self.hourValueEdit.setAccessibleName(QCoreApplication.translate("MoneySettings", u"Value of an hour volunteered in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.hourValueEdit.setPlaceholderText(QCoreApplication.translate("MoneySettings", u"e.g. 12.21", None))
        self.hourSourceLabel.setText(QCoreApplication.translate("MoneySettings", u"Where the &figure comes from:", None))
#if QT_CONFIG(accessibility)
        self.hourSourceEdit.setAccessibleName(QCoreApplication.translate("MoneySettings", u"Where the hourly value comes from", None))
#endif // QT_CONFIG(accessibility)
        self.hourSourceEdit.setPlaceholderText(QCoreApplication.translate("MoneySettings", u"e.g. National Living Wage 2025", None))
        self.customerFacingLabel.setText(QCoreApplication.translate("MoneySettings", u"Customer-&facing budgets a year (\u00a3):", None))
#if QT_CONFIG(accessibility)
        self.customerFacingEdit.setAccessibleName(QCoreApplication.translate("MoneySettings", u"Customer-facing budgets a year in pounds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.customerFacingEdit.setToolTip(QCoreApplication.translate("MoneySettings", u"What the landlord spends a year on services customers see (repairs, estates, communities): the share customers decide through You Choose and the community fund is measured against it", None))
#endif // QT_CONFIG(tooltip)
        self.customerFacingEdit.setPlaceholderText(QCoreApplication.translate("MoneySettings", u"e.g. 250,000", None))
        pass
    # retranslateUi

