# Generated from forms/retention_settings.ui (sha256 7cf3f0e7d8c0b2d551aa83f36bcc8c0e3103d4095cf0a247d40eb5310208146b) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retention_settings.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QLabel,
    QSizePolicy, QSpinBox, QWidget)

class Ui_RetentionSettings(object):
    def setupUi(self, RetentionSettings):
        if not RetentionSettings.objectName():
            RetentionSettings.setObjectName(u"RetentionSettings")
        self.retentionForm = QFormLayout(RetentionSettings)
        self.retentionForm.setObjectName(u"retentionForm")
        self.retentionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.oneOffLabel = QLabel(RetentionSettings)
        self.oneOffLabel.setObjectName(u"oneOffLabel")

        self.retentionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oneOffLabel)

        self.oneOffSpin = QSpinBox(RetentionSettings)
        self.oneOffSpin.setObjectName(u"oneOffSpin")
        self.oneOffSpin.setMinimum(1)
        self.oneOffSpin.setMaximum(50)

        self.retentionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oneOffSpin)

        self.memberLabel = QLabel(RetentionSettings)
        self.memberLabel.setObjectName(u"memberLabel")

        self.retentionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberSpin = QSpinBox(RetentionSettings)
        self.memberSpin.setObjectName(u"memberSpin")
        self.memberSpin.setMinimum(1)
        self.memberSpin.setMaximum(50)

        self.retentionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.memberSpin)

        self.importChangesLabel = QLabel(RetentionSettings)
        self.importChangesLabel.setObjectName(u"importChangesLabel")

        self.retentionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.importChangesLabel)

        self.importChangesSpin = QSpinBox(RetentionSettings)
        self.importChangesSpin.setObjectName(u"importChangesSpin")
        self.importChangesSpin.setMinimum(1)
        self.importChangesSpin.setMaximum(3650)

        self.retentionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.importChangesSpin)

        self.auditLabel = QLabel(RetentionSettings)
        self.auditLabel.setObjectName(u"auditLabel")

        self.retentionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.auditLabel)

        self.auditSpin = QSpinBox(RetentionSettings)
        self.auditSpin.setObjectName(u"auditSpin")
        self.auditSpin.setMinimum(1)
        self.auditSpin.setMaximum(50)

        self.retentionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.auditSpin)

        self.consentRefreshLabel = QLabel(RetentionSettings)
        self.consentRefreshLabel.setObjectName(u"consentRefreshLabel")

        self.retentionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.consentRefreshLabel)

        self.consentRefreshSpin = QSpinBox(RetentionSettings)
        self.consentRefreshSpin.setObjectName(u"consentRefreshSpin")
        self.consentRefreshSpin.setMinimum(1)
        self.consentRefreshSpin.setMaximum(20)

        self.retentionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.consentRefreshSpin)

#if QT_CONFIG(shortcut)
        self.oneOffLabel.setBuddy(self.oneOffSpin)
        self.memberLabel.setBuddy(self.memberSpin)
        self.importChangesLabel.setBuddy(self.importChangesSpin)
        self.auditLabel.setBuddy(self.auditSpin)
        self.consentRefreshLabel.setBuddy(self.consentRefreshSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oneOffSpin, self.memberSpin)
        QWidget.setTabOrder(self.memberSpin, self.importChangesSpin)
        QWidget.setTabOrder(self.importChangesSpin, self.auditSpin)
        QWidget.setTabOrder(self.auditSpin, self.consentRefreshSpin)

        self.retranslateUi(RetentionSettings)

        QMetaObject.connectSlotsByName(RetentionSettings)
    # setupUi

    def retranslateUi(self, RetentionSettings):
        RetentionSettings.setTitle(QCoreApplication.translate("RetentionSettings", u"Keeping personal data (retention review)", None))
        self.oneOffLabel.setText(QCoreApplication.translate("RetentionSettings", u"&One-off contacts kept:", None))
#if QT_CONFIG(accessibility)
        self.oneOffSpin.setAccessibleName(QCoreApplication.translate("RetentionSettings", u"One-off contacts kept with no activity, in years", None))
#endif // QT_CONFIG(accessibility)
        self.oneOffSpin.setSuffix(QCoreApplication.translate("RetentionSettings", u" years with no activity", None))
#if QT_CONFIG(tooltip)
        self.oneOffSpin.setToolTip(QCoreApplication.translate("RetentionSettings", u"A one-off contact with no event, points, consent or survey return for this long is listed for review", None))
#endif // QT_CONFIG(tooltip)
        self.memberLabel.setText(QCoreApplication.translate("RetentionSettings", u"In&volved members kept:", None))
#if QT_CONFIG(accessibility)
        self.memberSpin.setAccessibleName(QCoreApplication.translate("RetentionSettings", u"Involved members kept after they leave, in years", None))
#endif // QT_CONFIG(accessibility)
        self.memberSpin.setSuffix(QCoreApplication.translate("RetentionSettings", u" years after leaving", None))
#if QT_CONFIG(tooltip)
        self.memberSpin.setToolTip(QCoreApplication.translate("RetentionSettings", u"A member who left every group this long ago is listed for review", None))
#endif // QT_CONFIG(tooltip)
        self.importChangesLabel.setText(QCoreApplication.translate("RetentionSettings", u"Import change &records:", None))
#if QT_CONFIG(accessibility)
        self.importChangesSpin.setAccessibleName(QCoreApplication.translate("RetentionSettings", u"Import change records kept, in days", None))
#endif // QT_CONFIG(accessibility)
        self.importChangesSpin.setSuffix(QCoreApplication.translate("RetentionSettings", u" days", None))
#if QT_CONFIG(tooltip)
        self.importChangesSpin.setToolTip(QCoreApplication.translate("RetentionSettings", u"What an import changed (old addresses, phone numbers) is kept this long, so the import can be undone; then pruned", None))
#endif // QT_CONFIG(tooltip)
        self.auditLabel.setText(QCoreApplication.translate("RetentionSettings", u"Audit &detail kept:", None))
#if QT_CONFIG(accessibility)
        self.auditSpin.setAccessibleName(QCoreApplication.translate("RetentionSettings", u"Old and new values in the audit trail kept, in years", None))
#endif // QT_CONFIG(accessibility)
        self.auditSpin.setSuffix(QCoreApplication.translate("RetentionSettings", u" years", None))
#if QT_CONFIG(tooltip)
        self.auditSpin.setToolTip(QCoreApplication.translate("RetentionSettings", u"Who changed what and when is kept; the old and new values are cleared after this long", None))
#endif // QT_CONFIG(tooltip)
        self.consentRefreshLabel.setText(QCoreApplication.translate("RetentionSettings", u"Renew consents &after:", None))
#if QT_CONFIG(accessibility)
        self.consentRefreshSpin.setAccessibleName(QCoreApplication.translate("RetentionSettings", u"Consents renewed after, in years", None))
#endif // QT_CONFIG(accessibility)
        self.consentRefreshSpin.setSuffix(QCoreApplication.translate("RetentionSettings", u" years", None))
#if QT_CONFIG(tooltip)
        self.consentRefreshSpin.setToolTip(QCoreApplication.translate("RetentionSettings", u"A consent given longer ago than this is listed for renewal", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

