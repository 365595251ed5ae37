<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared pieces of the Russian standard pack: page set-up, formatting of money and dates, party requisites,
     the lines table with totals, signature lines. XSLT 1.0, no extensions: the host runs it with secure processing. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:d="urn:backoffice:document:1"
                exclude-result-prefixes="d">

  <!-- 73 200,00: no-break space between thousands so an amount never splits across lines. -->
  <xsl:decimal-format name="ru" decimal-separator="," grouping-separator="&#160;" minus-sign="-"/>

  <xsl:attribute-set name="cell">
    <xsl:attribute name="border">0.5pt solid black</xsl:attribute>
    <xsl:attribute name="padding">1mm</xsl:attribute>
    <xsl:attribute name="display-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="head-cell" use-attribute-sets="cell">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="background-color">#f0f0f0</xsl:attribute>
  </xsl:attribute-set>

  <!-- ===================================================================== page -->

  <!-- An A4 document: portrait, 20 mm left margin for binding; footer with the title and "стр. N из M". -->
  <xsl:template name="fo-document">
    <xsl:param name="footer"/>
    <xsl:param name="body"/>
    <xsl:param name="landscape" select="false()"/>
    <xsl:param name="font-size" select="'9pt'"/>
    <fo:root font-family="DejaVu Sans" font-size="{$font-size}" line-height="1.25" language="ru">
      <fo:layout-master-set>
        <xsl:choose>
          <xsl:when test="$landscape">
            <fo:simple-page-master master-name="page" page-width="297mm" page-height="210mm"
                                   margin-top="8mm" margin-bottom="6mm" margin-left="10mm" margin-right="10mm">
              <fo:region-body margin-bottom="6mm"/>
              <fo:region-after extent="5mm"/>
            </fo:simple-page-master>
          </xsl:when>
          <xsl:otherwise>
            <fo:simple-page-master master-name="page" page-width="210mm" page-height="297mm"
                                   margin-top="15mm" margin-bottom="10mm" margin-left="20mm" margin-right="12mm">
              <fo:region-body margin-bottom="10mm"/>
              <fo:region-after extent="6mm"/>
            </fo:simple-page-master>
          </xsl:otherwise>
        </xsl:choose>
      </fo:layout-master-set>
      <fo:page-sequence master-reference="page">
        <fo:static-content flow-name="xsl-region-after">
          <fo:block font-size="6.5pt" color="#555555" text-align-last="justify">
            <xsl:value-of select="$footer"/>
            <fo:leader leader-pattern="space"/>
            <xsl:text>Страница </xsl:text><fo:page-number/><xsl:text> из </xsl:text>
            <fo:page-number-citation ref-id="document-end"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <xsl:copy-of select="$body"/>
          <fo:block id="document-end"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- ===================================================================== numbers and dates -->

  <xsl:template name="money">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string($value) = ''">—</xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number(number($value), '#&#160;##0,00', 'ru')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Quantity: 2, 1,5, 0,125 -->
  <xsl:template name="quantity">
    <xsl:param name="value"/>
    <xsl:value-of select="format-number(number($value), '#&#160;##0,###', 'ru')"/>
  </xsl:template>

  <!-- руб. for roubles, else the ISO code -->
  <xsl:template name="currency-short">
    <xsl:variable name="c" select="/d:document/d:currency"/>
    <xsl:choose>
      <xsl:when test="$c = 'RUB' or $c = ''">руб.</xsl:when>
      <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 2026-11-26 -> 26.11.2026 -->
  <xsl:template name="date">
    <xsl:param name="iso"/>
    <xsl:if test="string($iso) != ''">
      <xsl:value-of select="concat(substring($iso, 9, 2), '.', substring($iso, 6, 2), '.', substring($iso, 1, 4))"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="month-genitive">
    <xsl:param name="m"/>
    <xsl:choose>
      <xsl:when test="$m = 1">января</xsl:when>
      <xsl:when test="$m = 2">февраля</xsl:when>
      <xsl:when test="$m = 3">марта</xsl:when>
      <xsl:when test="$m = 4">апреля</xsl:when>
      <xsl:when test="$m = 5">мая</xsl:when>
      <xsl:when test="$m = 6">июня</xsl:when>
      <xsl:when test="$m = 7">июля</xsl:when>
      <xsl:when test="$m = 8">августа</xsl:when>
      <xsl:when test="$m = 9">сентября</xsl:when>
      <xsl:when test="$m = 10">октября</xsl:when>
      <xsl:when test="$m = 11">ноября</xsl:when>
      <xsl:otherwise>декабря</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 2026-11-26 -> 26 ноября 2026 г.; with quoted="true": «26» ноября 2026 г. -->
  <xsl:template name="date-long">
    <xsl:param name="iso"/>
    <xsl:param name="quoted" select="false()"/>
    <xsl:if test="string($iso) != ''">
      <xsl:choose>
        <xsl:when test="$quoted"><xsl:value-of select="concat('«', substring($iso, 9, 2), '»')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="number(substring($iso, 9, 2))"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text>&#160;</xsl:text>
      <xsl:call-template name="month-genitive">
        <xsl:with-param name="m" select="number(substring($iso, 6, 2))"/>
      </xsl:call-template>
      <xsl:value-of select="concat(' ', substring($iso, 1, 4), '&#160;г.')"/>
    </xsl:if>
  </xsl:template>

  <!-- "№ 2026-0012 от 26.11.2026" for a reference; "№ ___ от ___" parts omitted when absent -->
  <!-- An исправление: "Исправление № k от <date>" (the document keeps its number and date, shown in its title). -->
  <xsl:template name="fix-line">
    <xsl:if test="/d:document/d:correction[@type = 'FIX']">
      <fo:block space-before="1mm" font-weight="bold">
        <xsl:value-of select="concat('Исправление №&#160;', /d:document/d:correction/@index, ' от ')"/>
        <xsl:call-template name="date"><xsl:with-param name="iso" select="/d:document/d:date"/></xsl:call-template>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ref">
    <xsl:param name="r"/>
    <xsl:if test="$r/d:number"><xsl:value-of select="concat('№&#160;', $r/d:number)"/></xsl:if>
    <xsl:if test="$r/d:number and $r/d:date"><xsl:text> </xsl:text></xsl:if>
    <xsl:if test="$r/d:date">
      <xsl:text>от </xsl:text>
      <xsl:call-template name="date"><xsl:with-param name="iso" select="$r/d:date"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- "10.02.2027 – 11.02.2027", or one date when the event lasts a day -->
  <xsl:template name="event-period">
    <xsl:variable name="e" select="/d:document/d:event"/>
    <xsl:call-template name="date"><xsl:with-param name="iso" select="$e/d:startsOn"/></xsl:call-template>
    <xsl:if test="$e/d:endsOn and string($e/d:endsOn) != string($e/d:startsOn)">
      <xsl:text> – </xsl:text>
      <xsl:call-template name="date"><xsl:with-param name="iso" select="$e/d:endsOn"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- "в конференции «…», которая проводится 10.02.2027 – 11.02.2027 по адресу: …"; without an event the lines
       name it: "в мероприятии, указанном {$where}" -->
  <xsl:template name="event-description">
    <xsl:param name="where"/>
    <xsl:variable name="e" select="/d:document/d:event"/>
    <xsl:choose>
      <xsl:when test="$e">
        <xsl:value-of select="concat('в конференции «', $e/d:name, '»')"/>
        <xsl:if test="$e/d:startsOn">
          <xsl:text>, которая проводится </xsl:text>
          <xsl:call-template name="event-period"/>
        </xsl:if>
        <xsl:if test="$e/d:venue"><xsl:value-of select="concat(' по адресу: ', $e/d:venue)"/></xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('в мероприятии, указанном ', $where)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== parties -->

  <xsl:template name="name">
    <xsl:param name="p"/>
    <xsl:choose>
      <xsl:when test="$p/d:shortName"><xsl:value-of select="$p/d:shortName"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$p/d:fullName"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ОГРН for 13 digits, ОГРНИП for 15 (an individual entrepreneur) -->
  <xsl:template name="ogrn-label">
    <xsl:param name="p"/>
    <xsl:choose>
      <xsl:when test="string-length($p/d:ogrn) = 15">ОГРНИП</xsl:when>
      <xsl:otherwise>ОГРН</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "ИНН 7701000019, КПП 770101001": no КПП part when the party has none (ИП) -->
  <xsl:template name="inn-kpp">
    <xsl:param name="p"/>
    <xsl:value-of select="concat('ИНН&#160;', $p/d:inn)"/>
    <xsl:if test="$p/d:kpp"><xsl:value-of select="concat(', КПП&#160;', $p/d:kpp)"/></xsl:if>
  </xsl:template>

  <!-- One paragraph: name, ИНН, КПП, address, phone (invoice and act headers) -->
  <xsl:template name="party-line">
    <xsl:param name="p"/>
    <xsl:call-template name="name"><xsl:with-param name="p" select="$p"/></xsl:call-template>
    <xsl:text>, </xsl:text>
    <xsl:call-template name="inn-kpp"><xsl:with-param name="p" select="$p"/></xsl:call-template>
    <xsl:if test="$p/d:ogrn">
      <xsl:text>, </xsl:text>
      <xsl:call-template name="ogrn-label"><xsl:with-param name="p" select="$p"/></xsl:call-template>
      <xsl:value-of select="concat('&#160;', $p/d:ogrn)"/>
    </xsl:if>
    <xsl:if test="$p/d:legalAddress"><xsl:value-of select="concat(', ', $p/d:legalAddress)"/></xsl:if>
    <xsl:if test="$p/d:phone"><xsl:value-of select="concat(', тел. ', translate($p/d:phone, ' ', '&#160;'))"/></xsl:if>
  </xsl:template>

  <!-- Requisites as a block of lines (contract, offer): full name, addresses, identifiers, bank, contacts -->
  <xsl:template name="party-requisites">
    <xsl:param name="p"/>
    <fo:block font-weight="bold" keep-with-next.within-page="always"><xsl:value-of select="$p/d:fullName"/></fo:block>
    <xsl:if test="$p/d:legalAddress">
      <fo:block>Адрес: <xsl:value-of select="$p/d:legalAddress"/></fo:block>
    </xsl:if>
    <xsl:if test="$p/d:postalAddress">
      <fo:block>Почтовый адрес: <xsl:value-of select="$p/d:postalAddress"/></fo:block>
    </xsl:if>
    <fo:block>ИНН&#160;<xsl:value-of select="$p/d:inn"/></fo:block>
    <xsl:if test="$p/d:kpp"><fo:block>КПП&#160;<xsl:value-of select="$p/d:kpp"/></fo:block></xsl:if>
    <xsl:if test="$p/d:ogrn">
      <fo:block>
        <xsl:call-template name="ogrn-label"><xsl:with-param name="p" select="$p"/></xsl:call-template>
        <xsl:value-of select="concat('&#160;', $p/d:ogrn)"/>
      </fo:block>
    </xsl:if>
    <xsl:for-each select="$p/d:bank">
      <xsl:if test="d:account"><fo:block>Р/с&#160;<xsl:value-of select="d:account"/></fo:block></xsl:if>
      <xsl:if test="d:name"><fo:block>Банк: <xsl:value-of select="d:name"/></fo:block></xsl:if>
      <xsl:if test="d:bik"><fo:block>БИК&#160;<xsl:value-of select="d:bik"/></fo:block></xsl:if>
      <xsl:if test="d:correspondentAccount"><fo:block>Корр.&#160;счёт&#160;<xsl:value-of select="d:correspondentAccount"/></fo:block></xsl:if>
    </xsl:for-each>
    <xsl:if test="$p/d:phone"><fo:block>Тел.: <xsl:value-of select="$p/d:phone"/></fo:block></xsl:if>
    <xsl:if test="$p/d:email"><fo:block>E-mail: <xsl:value-of select="$p/d:email"/></fo:block></xsl:if>
  </xsl:template>

  <!-- "Иванов Иван Иванович" -> "Иванов И. И."; a name of one word stays as it is -->
  <xsl:template name="initials">
    <xsl:param name="name"/>
    <xsl:variable name="n" select="normalize-space($name)"/>
    <xsl:choose>
      <xsl:when test="contains($n, ' ')">
        <xsl:variable name="rest" select="substring-after($n, ' ')"/>
        <xsl:value-of select="concat(substring-before($n, ' '), '&#160;', substring($rest, 1, 1), '.')"/>
        <xsl:if test="contains($rest, ' ')">
          <xsl:value-of select="concat('&#160;', substring(substring-after($rest, ' '), 1, 1), '.')"/>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- initials, or a rule to write the name on when the data has none -->
  <xsl:template name="initials-or-blank">
    <xsl:param name="name"/>
    <xsl:choose>
      <xsl:when test="normalize-space($name) != ''">
        <xsl:call-template name="initials"><xsl:with-param name="name" select="$name"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><fo:leader leader-pattern="rule" leader-length="28mm" rule-thickness="0.5pt"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "Устава" / "доверенности № Д-1234 от 15.01.2026"; empty when the basis is unknown -->
  <xsl:template name="basis-genitive">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s/d:basis = 'CHARTER'">Устава</xsl:when>
      <xsl:when test="$s/d:basis = 'POWER_OF_ATTORNEY'">
        <xsl:text>доверенности</xsl:text>
        <xsl:if test="$s/d:powerOfAttorneyNumber">
          <xsl:value-of select="concat(' №&#160;', $s/d:powerOfAttorneyNumber)"/>
        </xsl:if>
        <xsl:if test="$s/d:powerOfAttorneyDate">
          <xsl:text> от </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="iso" select="$s/d:powerOfAttorneyDate"/></xsl:call-template>
        </xsl:if>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- A signature line: position, a rule to sign on, name with initials; "(подпись)" under the rule. -->
  <xsl:template name="signature">
    <xsl:param name="label"/>
    <xsl:param name="s"/>
    <xsl:param name="stamp" select="false()"/>
    <fo:table table-layout="fixed" width="100%" space-before="4mm" keep-together.within-page="always">
      <fo:table-column column-width="38%"/>
      <fo:table-column column-width="30%"/>
      <fo:table-column column-width="32%"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell display-align="after">
            <fo:block font-weight="bold"><xsl:value-of select="$label"/></fo:block>
            <xsl:if test="$s/d:position"><fo:block><xsl:value-of select="$s/d:position"/></fo:block></xsl:if>
          </fo:table-cell>
          <fo:table-cell display-align="after" border-bottom="0.5pt solid black" padding-left="2mm" padding-right="2mm">
            <fo:block>&#160;</fo:block>
          </fo:table-cell>
          <fo:table-cell display-align="after" padding-left="2mm">
            <fo:block>
              <xsl:call-template name="initials"><xsl:with-param name="name" select="$s/d:name"/></xsl:call-template>
            </fo:block>
          </fo:table-cell>
        </fo:table-row>
        <fo:table-row>
          <fo:table-cell><fo:block/></fo:table-cell>
          <fo:table-cell>
            <fo:block font-size="6pt" text-align="center">(подпись)</fo:block>
          </fo:table-cell>
          <fo:table-cell>
            <fo:block font-size="6pt" padding-left="2mm"><xsl:if test="$stamp">М.П.</xsl:if></fo:block>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- ===================================================================== lines and totals -->

  <xsl:variable name="vat-mode" select="/d:document/d:vat/@mode"/>
  <xsl:variable name="vat-rate" select="/d:document/d:vat/@rate"/>

  <!-- The lines: the price as the tariff states it; the sum is without VAT when VAT is added, with VAT when it is
       included in the price. -->
  <xsl:template name="lines-table">
    <xsl:param name="what" select="'Товары (работы, услуги)'"/>
    <fo:table table-layout="fixed" width="100%" space-before="3mm" border="1pt solid black">
      <fo:table-column column-width="9mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="16mm"/>
      <fo:table-column column-width="12mm"/>
      <fo:table-column column-width="24mm"/>
      <fo:table-column column-width="27mm"/>
      <fo:table-header>
        <fo:table-row>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>№</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block><xsl:value-of select="$what"/></fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>Кол-во</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>Ед.</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>Цена</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>Сумма</fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="/d:document/d:lines/d:line">
          <fo:table-row keep-together.within-page="always">
            <fo:table-cell xsl:use-attribute-sets="cell" text-align="center"><fo:block><xsl:value-of select="@no"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="d:name"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell" text-align="end">
              <fo:block><xsl:call-template name="quantity"><xsl:with-param name="value" select="d:quantity"/></xsl:call-template></fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell" text-align="center"><fo:block><xsl:value-of select="d:unitName"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell" text-align="end">
              <fo:block><xsl:call-template name="money"><xsl:with-param name="value" select="d:price"/></xsl:call-template></fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell" text-align="end">
              <fo:block>
                <xsl:call-template name="money">
                  <xsl:with-param name="value" select="d:amount[$vat-mode = 'INCLUDED'] | d:amountWithoutVat[$vat-mode != 'INCLUDED']"/>
                </xsl:call-template>
              </fo:block>
            </fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="vat-rate-text">
    <xsl:value-of select="concat(/d:document/d:vat/@rate, '%')"/>
  </xsl:template>

  <!-- Итого / НДС / Всего, right-aligned under the lines table -->
  <xsl:template name="totals">
    <xsl:param name="grand-label" select="'Всего к оплате:'"/>
    <xsl:variable name="t" select="/d:document/d:totals"/>
    <fo:table table-layout="fixed" width="100%" space-before="1mm" font-weight="bold" keep-with-previous.within-page="always">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="32mm"/>
      <fo:table-body>
        <xsl:call-template name="total-row">
          <xsl:with-param name="label" select="'Итого:'"/>
          <xsl:with-param name="value" select="$t/d:amount[$vat-mode = 'INCLUDED' or $vat-mode = 'NONE'] | $t/d:amountWithoutVat[$vat-mode = 'ADDED' or $vat-mode = 'ZERO']"/>
        </xsl:call-template>
        <xsl:choose>
          <xsl:when test="$vat-mode = 'NONE'">
            <xsl:call-template name="total-row">
              <xsl:with-param name="label" select="'Без НДС'"/>
              <xsl:with-param name="value" select="''"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$vat-mode = 'INCLUDED'">
            <xsl:call-template name="total-row">
              <xsl:with-param name="label" select="concat('В том числе НДС (', $vat-rate, '%):')"/>
              <xsl:with-param name="value" select="$t/d:vat"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="total-row">
              <xsl:with-param name="label" select="concat('НДС (', $vat-rate, '%):')"/>
              <xsl:with-param name="value" select="concat($t/d:vat, substring('0', 1, number(not($t/d:vat))))"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="total-row">
          <xsl:with-param name="label" select="$grand-label"/>
          <xsl:with-param name="value" select="$t/d:amount"/>
        </xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="total-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <fo:table-row>
      <fo:table-cell padding="0.5mm"><fo:block text-align="end"><xsl:value-of select="$label"/></fo:block></fo:table-cell>
      <fo:table-cell padding="0.5mm" padding-right="1mm"><fo:block text-align="end">
        <xsl:call-template name="money"><xsl:with-param name="value" select="$value"/></xsl:call-template>
      </fo:block></fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <!-- "в том числе НДС 22% — 13 200,00 руб." / "НДС не облагается (reason)" / "НДС 0% — 0,00 руб." -->
  <xsl:template name="vat-sentence">
    <xsl:param name="end-sentence" select="false()"/>
    <xsl:variable name="t" select="/d:document/d:totals"/>
    <xsl:choose>
      <xsl:when test="$vat-mode = 'NONE'">
        <xsl:text>без НДС</xsl:text>
        <xsl:if test="/d:document/d:vat/d:exemptionReason">
          <xsl:value-of select="concat(' (', /d:document/d:vat/d:exemptionReason, ')')"/>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('в том числе НДС ', $vat-rate, '% — ')"/>
        <xsl:call-template name="money"><xsl:with-param name="value" select="concat($t/d:vat, substring('0', 1, number(not($t/d:vat))))"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="currency-short"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$end-sentence and not($vat-mode != 'NONE' and (/d:document/d:currency = 'RUB'))">.</xsl:if>
  </xsl:template>

  <!-- "Всего наименований 1, на сумму 73 200,00 руб." and the amount in words in bold; the reason without VAT. -->
  <xsl:template name="sum-in-words">
    <xsl:param name="lead" select="'Всего наименований '"/>
    <xsl:variable name="t" select="/d:document/d:totals"/>
    <fo:block space-before="2mm" keep-with-previous.within-page="always">
      <xsl:value-of select="concat($lead, count(/d:document/d:lines/d:line), ', на сумму ')"/>
      <xsl:call-template name="money"><xsl:with-param name="value" select="$t/d:amount"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="currency-short"/>
      <xsl:text>, </xsl:text>
      <xsl:call-template name="vat-sentence"/>
    </fo:block>
    <fo:block font-weight="bold" keep-with-previous.within-page="always">
      <xsl:value-of select="/d:document/d:amountInWords"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="rule">
    <fo:block border-bottom="1.5pt solid black" space-before="1mm" space-after="2mm"/>
  </xsl:template>
</xsl:stylesheet>
