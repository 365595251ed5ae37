<?xml version="1.0" encoding="UTF-8"?>
<!-- Pieces shared by the УПД and the УКД (ПП РФ № 1137, приложения 1 и 2): header rows with their numbers, party rows,
     currency, table heads, the signatures of the счёт-фактура and the people of the transfer sections. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:d="urn:backoffice:document:1"
                exclude-result-prefixes="d">

  <!-- Status 1 (счёт-фактура and primary document) unless the seller pays no VAT and the deal is without VAT: then
       status 2, a primary document only (the seller on УСН issues no счёт-фактура). -->
  <xsl:variable name="upd-status"
                select="1 + number(/d:document/d:seller/d:vatPayer = 'false' and /d:document/d:vat/@mode = 'NONE')"/>

  <xsl:attribute-set name="u-cell">
    <xsl:attribute name="border">0.5pt solid black</xsl:attribute>
    <xsl:attribute name="padding">0.6mm</xsl:attribute>
    <xsl:attribute name="display-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="u-head" use-attribute-sets="u-cell">
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="font-size">5pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="u-num" use-attribute-sets="u-cell">
    <xsl:attribute name="text-align">end</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="u-mid" use-attribute-sets="u-cell">
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template name="header-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="no"/>
    <fo:table-row>
      <fo:table-cell padding-top="0.3mm"><fo:block>
        <xsl:value-of select="$label"/>
        <xsl:text> </xsl:text>
        <fo:inline font-weight="bold"><xsl:value-of select="$value"/></fo:inline>
      </fo:block></fo:table-cell>
      <fo:table-cell padding-top="0.3mm"><fo:block text-align="end"><xsl:value-of select="$no"/></fo:block></fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <!-- rows 2/2а/2б and 6/6а/6б -->
  <xsl:template name="party-rows">
    <xsl:param name="p"/>
    <xsl:param name="label"/>
    <xsl:param name="n"/>
    <xsl:param name="whose"/>
    <xsl:call-template name="header-row">
      <xsl:with-param name="label" select="concat($label, ':')"/>
      <xsl:with-param name="value" select="$p/d:fullName"/>
      <xsl:with-param name="no" select="concat('(', $n, ')')"/>
    </xsl:call-template>
    <xsl:call-template name="header-row">
      <xsl:with-param name="label" select="'Адрес:'"/>
      <xsl:with-param name="value" select="concat($p/d:legalAddress, substring('—', 1, number(not($p/d:legalAddress))))"/>
      <xsl:with-param name="no" select="concat('(', $n, 'а)')"/>
    </xsl:call-template>
    <xsl:call-template name="header-row">
      <xsl:with-param name="label" select="concat('ИНН/КПП ', $whose, ':')"/>
      <xsl:with-param name="value">
        <xsl:value-of select="$p/d:inn"/>
        <xsl:if test="$p/d:kpp"><xsl:value-of select="concat('/', $p/d:kpp)"/></xsl:if>
      </xsl:with-param>
      <xsl:with-param name="no" select="concat('(', $n, 'б)')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="currency-name">
    <xsl:variable name="c" select="d:currency"/>
    <xsl:choose>
      <xsl:when test="$c = 'RUB'">Российский рубль, 643</xsl:when>
      <xsl:when test="$c = 'USD'">Доллар США, 840</xsl:when>
      <xsl:when test="$c = 'EUR'">Евро, 978</xsl:when>
      <xsl:when test="$c = 'CNY'">Юань, 156</xsl:when>
      <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="h">
    <xsl:param name="t"/>
    <xsl:param name="rows" select="1"/>
    <fo:table-cell xsl:use-attribute-sets="u-head" number-rows-spanned="{$rows}"><fo:block><xsl:value-of select="$t"/></fo:block></fo:table-cell>
  </xsl:template>

  <xsl:template name="column-numbers">
    <xsl:param name="list"/>
    <xsl:if test="contains($list, ' ')">
      <fo:table-cell xsl:use-attribute-sets="u-head"><fo:block><xsl:value-of select="substring-before($list, ' ')"/></fo:block></fo:table-cell>
      <xsl:call-template name="column-numbers"><xsl:with-param name="list" select="substring-after($list, ' ')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ signatures of the счёт-фактура -->
  <xsl:template name="invoice-signatures">
    <xsl:variable name="s" select="d:seller"/>
    <xsl:variable name="ip" select="string-length($s/d:inn) = 12"/>
    <fo:table table-layout="fixed" width="100%" space-before="2mm" keep-together.within-page="always">
      <fo:table-column column-width="44mm"/>
      <fo:table-column column-width="28mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="6mm"/>
      <fo:table-column column-width="44mm"/>
      <fo:table-column column-width="28mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell><fo:block>Руководитель организации или иное уполномоченное лицо</fo:block></fo:table-cell>
          <xsl:call-template name="sign-cells"><xsl:with-param name="s" select="$s/d:signatory[not($ip)]"/></xsl:call-template>
          <fo:table-cell><fo:block/></fo:table-cell>
          <fo:table-cell><fo:block>Главный бухгалтер или иное уполномоченное лицо</fo:block></fo:table-cell>
          <xsl:call-template name="sign-cells"><xsl:with-param name="s" select="$s/d:chiefAccountant[not($ip)]"/></xsl:call-template>
        </fo:table-row>
        <fo:table-row>
          <fo:table-cell padding-top="1.5mm"><fo:block>Индивидуальный предприниматель или иное уполномоченное лицо</fo:block></fo:table-cell>
          <xsl:call-template name="sign-cells"><xsl:with-param name="s" select="$s/d:signatory[$ip]"/></xsl:call-template>
          <fo:table-cell><fo:block/></fo:table-cell>
          <fo:table-cell number-columns-spanned="3" display-align="after" padding-top="1.5mm">
            <fo:block border-bottom="0.5pt solid black" text-align="center">
              <xsl:if test="$ip and $s/d:ogrn"><xsl:value-of select="concat('ОГРНИП ', $s/d:ogrn)"/></xsl:if>
              <xsl:text>&#160;</xsl:text>
            </fo:block>
            <fo:block font-size="5pt" text-align="center">(реквизиты свидетельства о государственной регистрации индивидуального предпринимателя)</fo:block>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- a rule for the signature and the name with initials, captions under them -->
  <xsl:template name="sign-cells">
    <xsl:param name="s"/>
    <fo:table-cell display-align="after" padding-left="1mm" padding-right="1mm">
      <fo:block border-bottom="0.5pt solid black">&#160;</fo:block>
      <fo:block font-size="5pt" text-align="center">(подпись)</fo:block>
    </fo:table-cell>
    <fo:table-cell display-align="after" padding-right="1mm">
      <fo:block border-bottom="0.5pt solid black" text-align="center">
        <xsl:call-template name="initials"><xsl:with-param name="name" select="$s/d:name"/></xsl:call-template>
        <xsl:text>&#160;</xsl:text>
      </fo:block>
      <fo:block font-size="5pt" text-align="center">(ф.и.о.)</fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- label, then position | signature | name on rules with captions, then the row number -->
  <xsl:template name="person-row">
    <xsl:param name="label"/>
    <xsl:param name="s"/>
    <xsl:param name="no"/>
    <fo:block space-before="1mm"><xsl:value-of select="$label"/></fo:block>
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="24mm"/>
      <fo:table-column column-width="32mm"/>
      <fo:table-column column-width="8mm"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell display-align="after" padding-right="1mm">
            <fo:block border-bottom="0.5pt solid black"><xsl:value-of select="$s/d:position"/>&#160;</fo:block>
            <fo:block font-size="5pt" text-align="center">(должность)</fo:block>
          </fo:table-cell>
          <fo:table-cell display-align="after" padding-right="1mm">
            <fo:block border-bottom="0.5pt solid black">&#160;</fo:block>
            <fo:block font-size="5pt" text-align="center">(подпись)</fo:block>
          </fo:table-cell>
          <fo:table-cell display-align="after">
            <fo:block border-bottom="0.5pt solid black" text-align="center">
              <xsl:call-template name="initials"><xsl:with-param name="name" select="$s/d:name"/></xsl:call-template>&#160;</fo:block>
            <fo:block font-size="5pt" text-align="center">(ф.и.о.)</fo:block>
          </fo:table-cell>
          <fo:table-cell display-align="center"><fo:block text-align="end"><xsl:value-of select="$no"/></fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
    <xsl:if test="$s/d:basis = 'POWER_OF_ATTORNEY'">
      <fo:block font-size="6pt">
        <xsl:text>действует на основании </xsl:text>
        <xsl:call-template name="basis-genitive"><xsl:with-param name="s" select="$s"/></xsl:call-template>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="composer">
    <xsl:param name="p"/>
    <xsl:param name="no"/>
    <fo:block space-before="1mm">Наименование экономического субъекта — составителя документа (в т. ч. комиссионера / агента)</fo:block>
    <fo:block font-weight="bold" border-bottom="0.5pt solid black">
      <xsl:call-template name="name"><xsl:with-param name="p" select="$p"/></xsl:call-template>
      <xsl:value-of select="concat(', ИНН/КПП ', $p/d:inn)"/>
      <xsl:if test="$p/d:kpp"><xsl:value-of select="concat('/', $p/d:kpp)"/></xsl:if>
      <xsl:value-of select="concat('  ', $no)"/>
    </fo:block>
    <fo:block font-size="5pt" text-align="center">(может не заполняться при проставлении печати в М.П., может быть указан ИНН/КПП)</fo:block>
    <fo:block space-before="1mm">М.П.</fo:block>
  </xsl:template>
</xsl:stylesheet>
