<?xml version="1.0" encoding="UTF-8"?>
<!-- Договор возмездного оказания услуг по участию в конференции: parties with the basis of their representatives'
     authority, subject (the event), price with VAT and in words, payment terms, obligations, acceptance, liability,
     term, other terms, requisites and signatures. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:d="urn:backoffice:document:1"
                exclude-result-prefixes="d">
  <xsl:include href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:attribute-set name="section">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">4mm</xsl:attribute>
    <xsl:attribute name="space-after">1.5mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="clause">
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="space-after">1mm</xsl:attribute>
    <xsl:attribute name="text-indent">8mm</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/d:document">
    <xsl:variable name="issued" select="d:correction[@type = 'FIX']/d:original/d:date | d:date[not(../d:correction[@type = 'FIX'])]"/>
    <xsl:variable name="number">
      <xsl:if test="d:number"><xsl:value-of select="concat(' №&#160;', d:number)"/></xsl:if>
    </xsl:variable>
    <xsl:variable name="footer">
      <xsl:value-of select="concat('Договор', $number, ' от ')"/>
      <xsl:call-template name="date"><xsl:with-param name="iso" select="$issued"/></xsl:call-template>
      <xsl:text>  ·  Исполнитель ______________   Заказчик ______________</xsl:text>
    </xsl:variable>
    <xsl:variable name="cur"><xsl:call-template name="currency-short"/></xsl:variable>
    <xsl:call-template name="fo-document">
      <xsl:with-param name="footer" select="string($footer)"/>
      <xsl:with-param name="font-size" select="'9.5pt'"/>
      <xsl:with-param name="body">
        <fo:block font-size="13pt" font-weight="bold" text-align="center">
          <xsl:value-of select="concat('ДОГОВОР', $number)"/>
        </fo:block>
        <fo:block font-weight="bold" text-align="center">возмездного оказания услуг по участию в конференции</fo:block>
        <fo:block text-align="center"><xsl:call-template name="fix-line"/></fo:block>
        <!-- the place of signing: the seller's city from its address ("…, г. Москва, ул. …"), where it names one -->
        <xsl:variable name="city-tail" select="substring-after(concat(d:seller/d:legalAddress, ','), 'г. ')"/>
        <xsl:variable name="city" select="normalize-space(substring-before($city-tail, ','))"/>
        <fo:table table-layout="fixed" width="100%" space-before="4mm" space-after="4mm">
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-body>
            <fo:table-row>
              <fo:table-cell>
                <fo:block><xsl:if test="$city != ''"><xsl:value-of select="concat('г. ', $city)"/></xsl:if></fo:block>
              </fo:table-cell>
              <fo:table-cell>
                <fo:block text-align="end">
                  <xsl:call-template name="date-long">
                    <xsl:with-param name="iso" select="$issued"/>
                    <xsl:with-param name="quoted" select="true()"/>
                  </xsl:call-template>
                </fo:block>
              </fo:table-cell>
            </fo:table-row>
          </fo:table-body>
        </fo:table>

        <fo:block xsl:use-attribute-sets="clause">
          <xsl:call-template name="preamble-party">
            <xsl:with-param name="p" select="d:seller"/>
            <xsl:with-param name="role" select="'Исполнитель'"/>
          </xsl:call-template>
          <xsl:text>, с одной стороны, и </xsl:text>
          <xsl:call-template name="preamble-party">
            <xsl:with-param name="p" select="d:buyer"/>
            <xsl:with-param name="role" select="'Заказчик'"/>
          </xsl:call-template>
          <xsl:text>, с другой стороны (далее вместе — «Стороны»), заключили настоящий договор (далее — «Договор») о нижеследующем.</xsl:text>
        </fo:block>

        <fo:block xsl:use-attribute-sets="section">1. Предмет договора</fo:block>
        <fo:block xsl:use-attribute-sets="clause">
          <xsl:text>1.1. Исполнитель обязуется оказать услуги по обеспечению участия представителей Заказчика </xsl:text>
          <xsl:call-template name="event-description">
            <xsl:with-param name="where" select="'в спецификации (раздел 9 Договора)'"/>
          </xsl:call-template>
          <xsl:text> (далее — «Мероприятие»)</xsl:text>
          <xsl:text>, а Заказчик обязуется принять и оплатить эти услуги.</xsl:text>
        </fo:block>
        <fo:block xsl:use-attribute-sets="clause">
          1.2. Состав, количество и стоимость услуг указаны в спецификации (раздел 9 Договора). Услуги включают доступ
          участников на Мероприятие, раздаточные материалы и иные услуги, объявленные в программе Мероприятия.
        </fo:block>
        <xsl:if test="d:participants/d:participant">
          <fo:block xsl:use-attribute-sets="clause" keep-with-next.within-page="always">
            1.3. Участники от Заказчика:
          </fo:block>
          <xsl:for-each select="d:participants/d:participant">
            <fo:block start-indent="12mm">
              <xsl:value-of select="concat(position(), ') ', d:name)"/>
              <xsl:if test="d:jobTitle"><xsl:value-of select="concat(', ', d:jobTitle)"/></xsl:if>
              <xsl:text>.</xsl:text>
            </fo:block>
          </xsl:for-each>
          <fo:block xsl:use-attribute-sets="clause" space-before="1mm">
            Заказчик вправе заменить участника, письменно уведомив Исполнителя не позднее чем за 1 (один) рабочий день до
            начала Мероприятия.
          </fo:block>
        </xsl:if>

        <fo:block xsl:use-attribute-sets="section">2. Стоимость услуг и порядок расчётов</fo:block>
        <fo:block xsl:use-attribute-sets="clause">
          <xsl:text>2.1. Стоимость услуг по Договору составляет </xsl:text>
          <fo:inline font-weight="bold">
            <xsl:call-template name="money"><xsl:with-param name="value" select="d:totals/d:amount"/></xsl:call-template>
            <xsl:value-of select="concat(' ', $cur)"/>
          </fo:inline>
          <xsl:value-of select="concat(' (', d:amountInWords, '), ')"/>
          <xsl:call-template name="vat-sentence"><xsl:with-param name="end-sentence" select="true()"/></xsl:call-template>
        </fo:block>
        <fo:block xsl:use-attribute-sets="clause">
          <xsl:text>2.2. Заказчик оплачивает услуги в размере 100 % их стоимости </xsl:text>
          <xsl:choose>
            <xsl:when test="d:paymentDue">
              <xsl:text>не позднее </xsl:text>
              <xsl:call-template name="date"><xsl:with-param name="iso" select="d:paymentDue"/></xsl:call-template>
            </xsl:when>
            <xsl:otherwise>в течение 5 (пяти) банковских дней с даты выставления счёта Исполнителем</xsl:otherwise>
          </xsl:choose>
          <xsl:text> путём перечисления денежных средств на расчётный счёт Исполнителя по счёту на оплату.</xsl:text>
        </fo:block>
        <fo:block xsl:use-attribute-sets="clause">
          2.3. Датой оплаты считается дата зачисления денежных средств на корреспондентский счёт банка Исполнителя.
          Расходы на банковские комиссии несёт Заказчик.
        </fo:block>
        <fo:block xsl:use-attribute-sets="clause">
          2.4. Стоимость услуг является окончательной и изменению не подлежит. В случае отказа Заказчика от участия
          менее чем за 10 (десять) календарных дней до начала Мероприятия стоимость услуг не возвращается, при этом
          Заказчик вправе направить вместо выбывшего участника другого представителя.
        </fo:block>

        <fo:block xsl:use-attribute-sets="section">3. Права и обязанности Сторон</fo:block>
        <fo:block xsl:use-attribute-sets="clause">3.1. Исполнитель обязуется: обеспечить участие представителей Заказчика в Мероприятии в соответствии с его программой; оказать услуги качественно и в срок; по окончании Мероприятия передать Заказчику акт оказанных услуг и счёт-фактуру (УПД).</fo:block>
        <fo:block xsl:use-attribute-sets="clause">3.2. Исполнитель вправе изменять программу Мероприятия и состав выступающих без ухудшения существенных условий оказания услуг, уведомив об этом Заказчика.</fo:block>
        <fo:block xsl:use-attribute-sets="clause">3.3. Заказчик обязуется: своевременно оплатить услуги; сообщить Исполнителю данные участников; обеспечить соблюдение участниками правил проведения Мероприятия; принять оказанные услуги.</fo:block>

        <fo:block xsl:use-attribute-sets="section">4. Сдача и приёмка услуг</fo:block>
        <fo:block xsl:use-attribute-sets="clause">4.1. В течение 5 (пяти) рабочих дней после окончания Мероприятия Исполнитель направляет Заказчику акт оказанных услуг (или универсальный передаточный документ).</fo:block>
        <fo:block xsl:use-attribute-sets="clause">4.2. Заказчик в течение 5 (пяти) рабочих дней с даты получения акта подписывает его либо направляет мотивированный отказ. Если в этот срок акт не подписан и отказ не направлен, услуги считаются оказанными надлежащим образом и принятыми Заказчиком.</fo:block>
        <fo:block xsl:use-attribute-sets="clause">4.3. Стороны вправе обмениваться документами в электронном виде через оператора электронного документооборота с использованием усиленной квалифицированной электронной подписи.</fo:block>

        <fo:block xsl:use-attribute-sets="section">5. Ответственность Сторон</fo:block>
        <fo:block xsl:use-attribute-sets="clause">5.1. За неисполнение или ненадлежащее исполнение обязательств Стороны несут ответственность в соответствии с законодательством Российской Федерации.</fo:block>
        <fo:block xsl:use-attribute-sets="clause">5.2. За просрочку оплаты Исполнитель вправе потребовать от Заказчика уплаты неустойки в размере 0,1 % от неоплаченной суммы за каждый день просрочки, но не более 10 % от стоимости услуг.</fo:block>
        <fo:block xsl:use-attribute-sets="clause">5.3. Стороны освобождаются от ответственности за неисполнение обязательств, вызванное обстоятельствами непреодолимой силы (ст. 401 ГК РФ). При отмене Мероприятия по таким обстоятельствам Исполнитель возвращает Заказчику полученные денежные средства либо, по согласованию с Заказчиком, засчитывает их в оплату участия в перенесённом Мероприятии.</fo:block>

        <fo:block xsl:use-attribute-sets="section">6. Срок действия договора</fo:block>
        <fo:block xsl:use-attribute-sets="clause">6.1. Договор вступает в силу с даты его подписания Сторонами и действует до полного исполнения Сторонами своих обязательств.</fo:block>

        <fo:block xsl:use-attribute-sets="section">7. Разрешение споров</fo:block>
        <fo:block xsl:use-attribute-sets="clause">7.1. Споры разрешаются путём переговоров. Претензионный порядок обязателен; срок ответа на претензию — 10 (десять) календарных дней с даты её получения.</fo:block>
        <fo:block xsl:use-attribute-sets="clause">7.2. Споры, не урегулированные в претензионном порядке, передаются на рассмотрение арбитражного суда по месту нахождения Исполнителя.</fo:block>

        <fo:block xsl:use-attribute-sets="section">8. Прочие условия</fo:block>
        <fo:block xsl:use-attribute-sets="clause">8.1. Договор составлен в двух экземплярах, имеющих равную юридическую силу, по одному для каждой из Сторон. Договор, подписанный электронными подписями Сторон, равнозначен договору на бумаге.</fo:block>
        <fo:block xsl:use-attribute-sets="clause">8.2. Изменения и дополнения к Договору действительны, если они совершены в письменной форме и подписаны Сторонами.</fo:block>

        <fo:block xsl:use-attribute-sets="section">9. Спецификация</fo:block>
        <xsl:call-template name="lines-table">
          <xsl:with-param name="what" select="'Наименование услуг'"/>
        </xsl:call-template>
        <xsl:call-template name="totals">
          <xsl:with-param name="grand-label" select="'Всего:'"/>
        </xsl:call-template>

        <fo:block xsl:use-attribute-sets="section" space-before="6mm">10. Адреса, реквизиты и подписи Сторон</fo:block>
        <fo:table table-layout="fixed" width="100%" keep-together.within-page="always">
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-column column-width="6mm"/>
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-body>
            <fo:table-row>
              <fo:table-cell><fo:block font-weight="bold" space-after="1mm">ИСПОЛНИТЕЛЬ</fo:block></fo:table-cell>
              <fo:table-cell><fo:block/></fo:table-cell>
              <fo:table-cell><fo:block font-weight="bold" space-after="1mm">ЗАКАЗЧИК</fo:block></fo:table-cell>
            </fo:table-row>
            <fo:table-row>
              <fo:table-cell font-size="8.5pt">
                <xsl:call-template name="party-requisites"><xsl:with-param name="p" select="d:seller"/></xsl:call-template>
              </fo:table-cell>
              <fo:table-cell><fo:block/></fo:table-cell>
              <fo:table-cell font-size="8.5pt">
                <xsl:call-template name="party-requisites"><xsl:with-param name="p" select="d:buyer"/></xsl:call-template>
              </fo:table-cell>
            </fo:table-row>
            <fo:table-row>
              <fo:table-cell display-align="after">
                <xsl:call-template name="contract-signature"><xsl:with-param name="s" select="d:seller/d:signatory"/></xsl:call-template>
              </fo:table-cell>
              <fo:table-cell><fo:block/></fo:table-cell>
              <fo:table-cell display-align="after">
                <xsl:call-template name="contract-signature"><xsl:with-param name="s" select="d:buyer/d:signatory"/></xsl:call-template>
              </fo:table-cell>
            </fo:table-row>
          </fo:table-body>
        </fo:table>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- "ООО «…» (ИНН …) (далее — «Исполнитель»), в лице Генерального директора Иванова Ивана Ивановича, действующего
       на основании Устава" with the genitive forms of contract 1.1; where the data has none (the host was not sure of
       them), "в лице представителя: Генеральный директор Иванов Иван Иванович, действующего …" in the nominative. An
       ИП without a power of attorney acts on his own. -->
  <xsl:template name="preamble-party">
    <xsl:param name="p"/>
    <xsl:param name="role"/>
    <xsl:variable name="s" select="$p/d:signatory"/>
    <fo:inline font-weight="bold"><xsl:value-of select="$p/d:fullName"/></fo:inline>
    <xsl:text> (</xsl:text>
    <xsl:call-template name="inn-kpp"><xsl:with-param name="p" select="$p"/></xsl:call-template>
    <xsl:if test="string-length($p/d:ogrn) = 15">
      <xsl:value-of select="concat(', ОГРНИП&#160;', $p/d:ogrn)"/>
    </xsl:if>
    <xsl:value-of select="concat('), далее — «', $role, '»')"/>
    <xsl:if test="$s/d:name and (string-length($p/d:inn) = 10 or $s/d:basis = 'POWER_OF_ATTORNEY')">
      <xsl:variable name="basis">
        <xsl:call-template name="basis-genitive"><xsl:with-param name="s" select="$s"/></xsl:call-template>
      </xsl:variable>
      <xsl:choose>
        <!-- contract 1.1: "в лице генерального директора Иванова Ивана Ивановича, действующего на основании …" -->
        <xsl:when test="$s/d:nameGenitive and ($s/d:positionGenitive or not($s/d:position))">
          <xsl:text>, в лице </xsl:text>
          <xsl:if test="$s/d:positionGenitive"><xsl:value-of select="concat($s/d:positionGenitive, ' ')"/></xsl:if>
          <xsl:value-of select="$s/d:nameGenitive"/>
          <xsl:if test="string($basis) != ''">
            <xsl:value-of select="concat(', ', substring('действующего', 1, 12 * number($s/d:gender != 'FEMALE')),
                substring('действующей', 1, 11 * number($s/d:gender = 'FEMALE')), ' на основании ', $basis)"/>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <xsl:text>, в лице представителя: </xsl:text>
          <xsl:if test="$s/d:position"><xsl:value-of select="concat($s/d:position, ' ')"/></xsl:if>
          <xsl:value-of select="$s/d:name"/>
          <xsl:if test="string($basis) != ''">
            <xsl:value-of select="concat(', действующего на основании ', $basis)"/>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template name="contract-signature">
    <xsl:param name="s"/>
    <fo:block space-before="4mm"><xsl:value-of select="$s/d:position"/></fo:block>
    <fo:block space-before="8mm">
      <fo:leader leader-pattern="rule" leader-length="35mm" rule-thickness="0.5pt"/>
      <xsl:text> / </xsl:text>
      <xsl:call-template name="initials-or-blank"><xsl:with-param name="name" select="$s/d:name"/></xsl:call-template>
      <xsl:text> /</xsl:text>
    </fo:block>
    <fo:block font-size="6pt">(подпись)</fo:block>
    <fo:block font-size="7pt" space-before="1mm">М.П. (при наличии)</fo:block>
  </xsl:template>
</xsl:stylesheet>
