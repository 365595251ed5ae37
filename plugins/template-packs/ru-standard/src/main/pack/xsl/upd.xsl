<?xml version="1.0" encoding="UTF-8"?>
<!-- УПД со статусом 1: счёт-фактура (НК РФ ст. 169, form of ПП РФ № 1137: rows 1–8 incl. 1а, 2а, 2б, 5а, 6а, 6б and
     columns А, 1–11) and primary accounting document (402-ФЗ ст. 9: transfer and receipt sections [8]–[19]) in one.
     Landscape A4. Columns that do not apply to services show "—"; excise is "без акциза". -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:d="urn:backoffice:document:1"
                exclude-result-prefixes="d">
  <xsl:include href="common.xsl"/>
  <xsl:include href="upd-parts.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- The date the invoice was first drawn up: an исправление keeps the original date in rows 1, 5а and [11] and
       puts its own date in row 1а. -->
  <xsl:variable name="issued"
                select="/d:document/d:correction[@type = 'FIX']/d:original/d:date | /d:document/d:date[not(../d:correction[@type = 'FIX']/d:original/d:date)]"/>

  <xsl:template match="/d:document">
    <xsl:variable name="footer">
      <xsl:text>УПД (счёт-фактура) №&#160;</xsl:text>
      <xsl:value-of select="d:number"/>
      <xsl:text> от </xsl:text>
      <xsl:call-template name="date"><xsl:with-param name="iso" select="d:date"/></xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="fo-document">
      <xsl:with-param name="footer" select="string($footer)"/>
      <xsl:with-param name="landscape" select="true()"/>
      <xsl:with-param name="font-size" select="'7pt'"/>
      <xsl:with-param name="body">
        <fo:block font-size="5.5pt" text-align="end">Приложение № 1 к постановлению Правительства Российской Федерации от 26 декабря 2011 г. № 1137</fo:block>
        <fo:table table-layout="fixed" width="100%">
          <fo:table-column column-width="38mm"/>
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-body>
            <fo:table-row>
              <fo:table-cell border-right="1pt solid black" padding-right="2mm">
                <xsl:call-template name="status-box"/>
              </fo:table-cell>
              <fo:table-cell padding-left="2mm">
                <xsl:call-template name="invoice-header"/>
              </fo:table-cell>
            </fo:table-row>
          </fo:table-body>
        </fo:table>
        <xsl:call-template name="goods-table"/>
        <xsl:call-template name="invoice-signatures"/>
        <xsl:call-template name="transfer-sections"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ left column: title and status -->
  <xsl:template name="status-box">
    <fo:block font-weight="bold" font-size="9pt">Универсальный передаточный документ</fo:block>
    <fo:table table-layout="fixed" width="100%" space-before="3mm">
      <fo:table-column column-width="14mm"/>
      <fo:table-column column-width="9mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell display-align="center"><fo:block>Статус:</fo:block></fo:table-cell>
          <fo:table-cell border="1pt solid black" padding="1mm" display-align="center">
            <fo:block font-size="11pt" font-weight="bold" text-align="center"><xsl:value-of select="$upd-status"/></fo:block>
          </fo:table-cell>
          <fo:table-cell><fo:block/></fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
    <fo:block font-size="5.5pt" space-before="2mm">1 — счёт-фактура и передаточный документ (акт)</fo:block>
    <fo:block font-size="5.5pt">2 — передаточный документ (акт)</fo:block>
  </xsl:template>

  <!-- ============================================================ rows 1–8 -->
  <xsl:template name="invoice-header">
    <xsl:variable name="c" select="d:correction[@type = 'FIX']"/>
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="10mm"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell><fo:block font-size="9pt" font-weight="bold">
            <xsl:text>Счёт-фактура № </xsl:text>
            <fo:inline border-bottom="0.5pt solid black"><xsl:value-of select="d:number"/></fo:inline>
            <xsl:text> от </xsl:text>
            <fo:inline border-bottom="0.5pt solid black">
              <xsl:call-template name="date">
                <xsl:with-param name="iso" select="$issued"/>
              </xsl:call-template>
            </fo:inline>
          </fo:block></fo:table-cell>
          <fo:table-cell><fo:block text-align="end">(1)</fo:block></fo:table-cell>
        </fo:table-row>
        <xsl:call-template name="header-row">
          <xsl:with-param name="label" select="'Исправление №'"/>
          <xsl:with-param name="no" select="'(1а)'"/>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$c">
                <xsl:value-of select="concat($c/@index, ' от ')"/>
                <xsl:call-template name="date"><xsl:with-param name="iso" select="d:date"/></xsl:call-template>
              </xsl:when>
              <xsl:otherwise>— от —</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="party-rows">
          <xsl:with-param name="p" select="d:seller"/>
          <xsl:with-param name="label" select="'Продавец'"/>
          <xsl:with-param name="n" select="'2'"/>
          <xsl:with-param name="whose" select="'продавца'"/>
        </xsl:call-template>
        <xsl:call-template name="header-row">
          <xsl:with-param name="label" select="'Грузоотправитель и его адрес:'"/>
          <xsl:with-param name="value" select="'—'"/>
          <xsl:with-param name="no" select="'(3)'"/>
        </xsl:call-template>
        <xsl:call-template name="header-row">
          <xsl:with-param name="label" select="'Грузополучатель и его адрес:'"/>
          <xsl:with-param name="value" select="'—'"/>
          <xsl:with-param name="no" select="'(4)'"/>
        </xsl:call-template>
        <xsl:call-template name="header-row">
          <xsl:with-param name="label" select="'К платёжно-расчётному документу №'"/>
          <xsl:with-param name="value" select="'— от —'"/>
          <xsl:with-param name="no" select="'(5)'"/>
        </xsl:call-template>
        <xsl:call-template name="header-row">
          <xsl:with-param name="label" select="'Документ об отгрузке'"/>
          <xsl:with-param name="no" select="'(5а)'"/>
          <xsl:with-param name="value">
            <xsl:value-of select="concat('№ п/п 1–', count(d:lines/d:line), ' № ', d:number, ' от ')"/>
            <xsl:call-template name="date"><xsl:with-param name="iso" select="$issued"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="party-rows">
          <xsl:with-param name="p" select="d:buyer"/>
          <xsl:with-param name="label" select="'Покупатель'"/>
          <xsl:with-param name="n" select="'6'"/>
          <xsl:with-param name="whose" select="'покупателя'"/>
        </xsl:call-template>
        <xsl:call-template name="header-row">
          <xsl:with-param name="label" select="'Валюта: наименование, код'"/>
          <xsl:with-param name="no" select="'(7)'"/>
          <xsl:with-param name="value"><xsl:call-template name="currency-name"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="header-row">
          <xsl:with-param name="label" select="'Идентификатор государственного контракта, договора (соглашения) (при наличии)'"/>
          <xsl:with-param name="value" select="'—'"/>
          <xsl:with-param name="no" select="'(8)'"/>
        </xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- ============================================================ the table, columns А, 1–11 -->
  <xsl:template name="goods-table">
    <fo:table table-layout="fixed" width="100%" space-before="2mm" font-size="6.5pt" border="1pt solid black">
      <fo:table-column column-width="11mm"/> <!-- А -->
      <fo:table-column column-width="7mm"/> <!-- 1 -->
      <fo:table-column column-width="proportional-column-width(1)"/> <!-- 1а -->
      <fo:table-column column-width="11mm"/> <!-- 1б -->
      <fo:table-column column-width="9mm"/> <!-- 2 -->
      <fo:table-column column-width="17mm"/> <!-- 2а -->
      <fo:table-column column-width="14mm"/> <!-- 3 -->
      <fo:table-column column-width="19mm"/> <!-- 4 -->
      <fo:table-column column-width="21mm"/> <!-- 5 -->
      <fo:table-column column-width="16mm"/> <!-- 6 -->
      <fo:table-column column-width="13mm"/> <!-- 7 -->
      <fo:table-column column-width="19mm"/> <!-- 8 -->
      <fo:table-column column-width="21mm"/> <!-- 9 -->
      <fo:table-column column-width="11mm"/> <!-- 10 -->
      <fo:table-column column-width="15mm"/> <!-- 10а -->
      <fo:table-column column-width="23mm"/> <!-- 11 -->
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Код товара/ работ, услуг'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'№ п/п'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Наименование товара (описание выполненных работ, оказанных услуг), имущественного права'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Код вида товара'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <fo:table-cell xsl:use-attribute-sets="u-head" number-columns-spanned="2"><fo:block>Единица измерения</fo:block></fo:table-cell>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Количество (объём)'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Цена (тариф) за единицу измерения'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Стоимость товаров (работ, услуг), имущественных прав без налога — всего'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'В том числе сумма акциза'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Налоговая ставка'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Сумма налога, предъявляемая покупателю'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Стоимость товаров (работ, услуг), имущественных прав с налогом — всего'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
          <fo:table-cell xsl:use-attribute-sets="u-head" number-columns-spanned="2"><fo:block>Страна происхождения товара</fo:block></fo:table-cell>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'Регистрационный номер декларации на товары или партии товара, подлежащего прослеживаемости'"/><xsl:with-param name="rows" select="2"/></xsl:call-template>
        </fo:table-row>
        <fo:table-row>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'код'"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'условное обозначение (национальное)'"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'цифровой код'"/></xsl:call-template>
          <xsl:call-template name="h"><xsl:with-param name="t" select="'краткое наименование'"/></xsl:call-template>
        </fo:table-row>
        <fo:table-row>
          <xsl:call-template name="column-numbers">
            <xsl:with-param name="list" select="'А 1 1а 1б 2 2а 3 4 5 6 7 8 9 10 10а 11 '"/>
          </xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="d:lines/d:line">
          <fo:table-row keep-together.within-page="always">
            <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block>—</fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block><xsl:value-of select="@no"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-cell"><fo:block><xsl:value-of select="d:name"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block>—</fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block><xsl:value-of select="concat(d:unitCode, substring('—', 1, number(not(d:unitCode))))"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block><xsl:value-of select="concat(d:unitName, substring('—', 1, number(not(d:unitName))))"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
              <xsl:call-template name="quantity"><xsl:with-param name="value" select="d:quantity"/></xsl:call-template>
            </fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
              <!-- column 4 is the price without VAT: when VAT is included in the tariff, derive it from column 5 -->
              <xsl:call-template name="money">
                <xsl:with-param name="value">
                  <xsl:choose>
                    <xsl:when test="$vat-mode = 'INCLUDED'"><xsl:value-of select="d:amountWithoutVat div d:quantity"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="d:price"/></xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
              </xsl:call-template>
            </fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
              <xsl:call-template name="money"><xsl:with-param name="value" select="d:amountWithoutVat"/></xsl:call-template>
            </fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block>без акциза</fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block><xsl:value-of select="d:vatRate"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
              <xsl:choose>
                <xsl:when test="d:vatAmount"><xsl:call-template name="money"><xsl:with-param name="value" select="d:vatAmount"/></xsl:call-template></xsl:when>
                <xsl:otherwise>без НДС</xsl:otherwise>
              </xsl:choose>
            </fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
              <xsl:call-template name="money"><xsl:with-param name="value" select="d:amount"/></xsl:call-template>
            </fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block>—</fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block>—</fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="u-mid"><fo:block>—</fo:block></fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
        <fo:table-row keep-with-previous.within-page="always" font-weight="bold">
          <fo:table-cell xsl:use-attribute-sets="u-cell" number-columns-spanned="8"><fo:block>Всего к оплате (9)</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
            <xsl:call-template name="money"><xsl:with-param name="value" select="d:totals/d:amountWithoutVat"/></xsl:call-template>
          </fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="u-mid" number-columns-spanned="2"><fo:block>X</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
            <xsl:choose>
              <xsl:when test="d:totals/d:vat"><xsl:call-template name="money"><xsl:with-param name="value" select="d:totals/d:vat"/></xsl:call-template></xsl:when>
              <xsl:otherwise>без НДС</xsl:otherwise>
            </xsl:choose>
          </fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="u-num"><fo:block>
            <xsl:call-template name="money"><xsl:with-param name="value" select="d:totals/d:amount"/></xsl:call-template>
          </fo:block></fo:table-cell>
          <fo:table-cell number-columns-spanned="3" border-top="0.5pt solid black"><fo:block/></fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
    <fo:block space-before="1mm" keep-with-previous.within-page="always">
      <xsl:text>Всего к оплате: </xsl:text>
      <fo:inline font-weight="bold"><xsl:value-of select="d:amountInWords"/></fo:inline>
      <xsl:if test="d:vat/@mode = 'NONE' and d:vat/d:exemptionReason">
        <xsl:value-of select="concat('. Без НДС: ', d:vat/d:exemptionReason)"/>
      </xsl:if>
      <xsl:text>. Документ составлен на </xsl:text>
      <fo:page-number-citation ref-id="document-end"/>
      <xsl:text> л.</xsl:text>
    </fo:block>
  </xsl:template>

  <!-- ============================================================ transfer and receipt [8]–[19] -->
  <xsl:template name="transfer-sections">
    <fo:block border-top="1pt solid black" space-before="2mm" padding-top="1mm" keep-with-next.within-page="always">
      <xsl:text>Основание передачи (сдачи) / получения (приёмки): </xsl:text>
      <fo:inline font-weight="bold">
        <xsl:if test="d:contract">
          <xsl:text>Договор </xsl:text>
          <xsl:call-template name="ref"><xsl:with-param name="r" select="d:contract"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="d:contract and d:invoice">; </xsl:if>
        <xsl:if test="d:invoice">
          <xsl:text>счёт на оплату </xsl:text>
          <xsl:call-template name="ref"><xsl:with-param name="r" select="d:invoice"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="not(d:contract or d:invoice)">—</xsl:if>
      </fo:inline>
      <xsl:text>  [8]</xsl:text>
    </fo:block>
    <fo:block keep-with-next.within-page="always">Данные о транспортировке и грузе: <fo:inline font-weight="bold">—</fo:inline>  [9]</fo:block>
    <fo:table table-layout="fixed" width="100%" space-before="1mm" keep-together.within-page="always">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="6mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell border-right="0.5pt solid black" padding-right="2mm">
            <xsl:call-template name="person-row">
              <xsl:with-param name="label" select="'Товар (груз) передал / услуги, результаты работ, права сдал'"/>
              <xsl:with-param name="s" select="d:seller/d:signatory"/>
              <xsl:with-param name="no" select="'[10]'"/>
            </xsl:call-template>
            <fo:block space-before="1mm">
              <xsl:text>Дата отгрузки, передачи (сдачи): </xsl:text>
              <fo:inline font-weight="bold">
                <xsl:call-template name="date-long">
                  <xsl:with-param name="iso" select="$issued"/>
                  <xsl:with-param name="quoted" select="true()"/>
                </xsl:call-template>
              </fo:inline>
              <xsl:text>  [11]</xsl:text>
            </fo:block>
            <fo:block space-before="1mm">
              <xsl:text>Иные сведения об отгрузке, передаче: </xsl:text>
              <fo:inline font-weight="bold">
                <xsl:choose>
                  <xsl:when test="d:event">
                    <xsl:text>услуги оказаны </xsl:text>
                    <xsl:call-template name="event-period"/>
                    <xsl:value-of select="concat(', конференция «', d:event/d:name, '»')"/>
                  </xsl:when>
                  <xsl:otherwise>—</xsl:otherwise>
                </xsl:choose>
              </fo:inline>
              <xsl:text>  [12]</xsl:text>
            </fo:block>
            <xsl:call-template name="person-row">
              <xsl:with-param name="label" select="'Ответственный за правильность оформления факта хозяйственной жизни'"/>
              <xsl:with-param name="s" select="d:seller/d:signatory"/>
              <xsl:with-param name="no" select="'[13]'"/>
            </xsl:call-template>
            <xsl:call-template name="composer">
              <xsl:with-param name="p" select="d:seller"/>
              <xsl:with-param name="no" select="'[14]'"/>
            </xsl:call-template>
          </fo:table-cell>
          <fo:table-cell><fo:block/></fo:table-cell>
          <fo:table-cell>
            <xsl:call-template name="person-row">
              <xsl:with-param name="label" select="'Товар (груз) получил / услуги, результаты работ, права принял'"/>
              <xsl:with-param name="s" select="d:buyer/d:signatory"/>
              <xsl:with-param name="no" select="'[15]'"/>
            </xsl:call-template>
            <fo:block space-before="1mm">Дата получения (приёмки): «____» _______________ 20___ г.  [16]</fo:block>
            <fo:block space-before="1mm">Иные сведения о получении, приёмке: <fo:inline font-weight="bold">—</fo:inline>  [17]</fo:block>
            <xsl:call-template name="person-row">
              <xsl:with-param name="label" select="'Ответственный за правильность оформления факта хозяйственной жизни'"/>
              <xsl:with-param name="s" select="d:buyer/d:signatory"/>
              <xsl:with-param name="no" select="'[18]'"/>
            </xsl:call-template>
            <xsl:call-template name="composer">
              <xsl:with-param name="p" select="d:buyer"/>
              <xsl:with-param name="no" select="'[19]'"/>
            </xsl:call-template>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

</xsl:stylesheet>
