<?xml version="1.0" encoding="UTF-8"?>
<!-- Договор-счёт (счёт-оферта): an invoice for payment whose printed terms are an offer (ГК РФ ст. 435); paying it
     accepts the offer (ГК РФ ст. 438 п. 3), so no separate contract has to be signed. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:d="urn:backoffice:document:1"
                exclude-result-prefixes="d">
  <xsl:include href="common.xsl"/>
  <xsl:include href="invoice-parts.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:attribute-set name="term">
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="space-after">0.8mm</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/d:document">
    <xsl:variable name="title">
      <xsl:text>Договор-счёт (счёт-оферта)</xsl:text>
      <xsl:if test="d:number"><xsl:value-of select="concat(' №&#160;', d:number)"/></xsl:if>
      <xsl:text> от </xsl:text>
      <xsl:call-template name="date-long"><xsl:with-param name="iso" select="d:date"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="due">
      <xsl:choose>
        <xsl:when test="d:paymentDue">
          <xsl:text>не позднее </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="iso" select="d:paymentDue"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>в течение 5 (пяти) банковских дней с даты настоящего счёта</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="fo-document">
      <xsl:with-param name="footer" select="string($title)"/>
      <xsl:with-param name="body">
        <xsl:call-template name="bank-block"/>
        <fo:block font-size="13pt" font-weight="bold" space-before="4mm"><xsl:value-of select="$title"/></fo:block>
        <xsl:call-template name="rule"/>
        <xsl:call-template name="invoice-parties"/>
        <xsl:call-template name="lines-table"/>
        <xsl:call-template name="totals"/>
        <xsl:call-template name="sum-in-words"/>
        <xsl:call-template name="payment-due"/>
        <xsl:call-template name="payment-purpose"/>

        <fo:block font-weight="bold" space-before="4mm" space-after="1mm" keep-with-next.within-page="always">
          Условия договора (оферта)
        </fo:block>
        <fo:block font-size="7.5pt" line-height="1.2">
          <fo:block xsl:use-attribute-sets="term">
            <xsl:text>1. Настоящий счёт является офертой Исполнителя (ст. 435 ГК РФ) на заключение договора возмездного оказания услуг по обеспечению участия представителей Заказчика </xsl:text>
            <xsl:call-template name="event-description">
              <xsl:with-param name="where" select="'в настоящем счёте'"/>
            </xsl:call-template>
            <xsl:text>, на условиях, изложенных в настоящем счёте.</xsl:text>
          </fo:block>
          <fo:block xsl:use-attribute-sets="term">
            <xsl:value-of select="concat('2. Оплата настоящего счёта ', $due, ' в полном размере означает акцепт оферты Заказчиком (п. 3 ст. 438 ГК РФ) и заключение договора на изложенных условиях. Договор считается заключённым в простой письменной форме (п. 3 ст. 434 ГК РФ). Оплата в иной срок или в неполном размере акцептом не является.')"/>
          </fo:block>
          <fo:block xsl:use-attribute-sets="term">
            <xsl:text>3. Стоимость услуг указана в счёте: </xsl:text>
            <xsl:call-template name="money"><xsl:with-param name="value" select="d:totals/d:amount"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="currency-short"/>
            <xsl:text>, </xsl:text>
            <xsl:call-template name="vat-sentence"><xsl:with-param name="end-sentence" select="true()"/></xsl:call-template>
            <xsl:text> Датой оплаты считается дата зачисления денежных средств на корреспондентский счёт банка Исполнителя.</xsl:text>
          </fo:block>
          <xsl:if test="d:participants/d:participant">
            <fo:block xsl:use-attribute-sets="term">
              <xsl:text>4. Участники от Заказчика: </xsl:text>
              <xsl:for-each select="d:participants/d:participant">
                <xsl:value-of select="d:name"/>
                <xsl:if test="d:jobTitle"><xsl:value-of select="concat(' (', d:jobTitle, ')')"/></xsl:if>
                <xsl:if test="position() != last()">; </xsl:if>
              </xsl:for-each>
              <xsl:text>. Заказчик вправе заменить участника, уведомив Исполнителя не позднее чем за 1 (один) рабочий день до начала Мероприятия.</xsl:text>
            </fo:block>
          </xsl:if>
          <fo:block xsl:use-attribute-sets="term">5. По окончании Мероприятия Исполнитель в течение 5 (пяти) рабочих дней направляет Заказчику акт оказанных услуг (или УПД). Если Заказчик в течение 5 (пяти) рабочих дней с даты получения акта не подписал его и не направил мотивированный отказ, услуги считаются оказанными надлежащим образом и принятыми.</fo:block>
          <fo:block xsl:use-attribute-sets="term">6. При отказе Заказчика от участия менее чем за 10 (десять) календарных дней до начала Мероприятия стоимость услуг не возвращается; Заказчик вправе направить другого представителя. При отмене Мероприятия по обстоятельствам непреодолимой силы Исполнитель возвращает полученные денежные средства либо, по согласованию с Заказчиком, засчитывает их в оплату участия в перенесённом Мероприятии.</fo:block>
          <fo:block xsl:use-attribute-sets="term">7. За просрочку исполнения обязательств Стороны несут ответственность в соответствии с законодательством Российской Федерации. Споры разрешаются в претензионном порядке (срок ответа — 10 календарных дней), а при недостижении согласия — в арбитражном суде по месту нахождения Исполнителя.</fo:block>
          <fo:block xsl:use-attribute-sets="term">8. Реквизиты Сторон указаны в настоящем счёте. Документы, подписанные электронной подписью или переданные через оператора ЭДО, равнозначны документам на бумаге.</fo:block>
        </fo:block>
        <xsl:call-template name="invoice-signatures"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
