<?xml version="1.0" encoding="UTF-8"?>
<!-- Service agreement on participation in a conference, for foreign clients: parties and their representatives'
     authority, subject (the event), price with VAT and in words, payment, obligations, acceptance, liability, term,
     governing law, details and signatures. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:d="urn:backoffice:document:1"
                exclude-result-prefixes="d">
  <xsl:include href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:attribute-set name="section">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">4mm</xsl:attribute>
    <xsl:attribute name="space-after">1.5mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="clause">
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="space-after">1mm</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/d:document">
    <xsl:variable name="issued" select="d:correction[@type = 'FIX']/d:original/d:date | d:date[not(../d:correction[@type = 'FIX'])]"/>
    <xsl:variable name="number">
      <xsl:if test="d:number"><xsl:value-of select="concat(' No.&#160;', d:number)"/></xsl:if>
    </xsl:variable>
    <xsl:variable name="footer">
      <xsl:value-of select="concat('Service Agreement', $number, ' dated ')"/>
      <xsl:call-template name="date"><xsl:with-param name="iso" select="$issued"/></xsl:call-template>
      <xsl:text>  ·  Contractor ______________   Customer ______________</xsl:text>
    </xsl:variable>
    <xsl:call-template name="fo-document">
      <xsl:with-param name="footer" select="string($footer)"/>
      <xsl:with-param name="font-size" select="'9.5pt'"/>
      <xsl:with-param name="body">
        <fo:block font-size="13pt" font-weight="bold" text-align="center">
          <xsl:value-of select="concat('SERVICE AGREEMENT', $number)"/>
        </fo:block>
        <fo:block font-weight="bold" text-align="center">on participation in a conference</fo:block>
        <fo:block text-align="center"><xsl:call-template name="fix-line"/></fo:block>
        <fo:block text-align="end" space-before="4mm" space-after="4mm">
          <xsl:call-template name="date"><xsl:with-param name="iso" select="$issued"/></xsl:call-template>
        </fo:block>

        <fo:block xsl:use-attribute-sets="clause">
          <xsl:call-template name="preamble-party">
            <xsl:with-param name="p" select="d:seller"/>
            <xsl:with-param name="role" select="'Contractor'"/>
          </xsl:call-template>
          <xsl:text>, of the one part, and </xsl:text>
          <xsl:call-template name="preamble-party">
            <xsl:with-param name="p" select="d:buyer"/>
            <xsl:with-param name="role" select="'Customer'"/>
          </xsl:call-template>
          <xsl:text>, of the other part (together the "Parties"), have concluded this Agreement as follows.</xsl:text>
        </fo:block>

        <fo:block xsl:use-attribute-sets="section">1. Subject</fo:block>
        <fo:block xsl:use-attribute-sets="clause">
          <xsl:text>1.1. The Contractor shall provide services for the participation of the Customer's representatives in </xsl:text>
          <xsl:choose>
            <xsl:when test="d:event"><xsl:value-of select="concat('the conference &quot;', d:event/d:name, '&quot;')"/></xsl:when>
            <xsl:otherwise>the event named in the Specification (section 9)</xsl:otherwise>
          </xsl:choose>
          <xsl:text> (the "Event")</xsl:text>
          <xsl:if test="d:event/d:startsOn">
            <xsl:text> held on </xsl:text>
            <xsl:call-template name="event-period"/>
          </xsl:if>
          <xsl:if test="d:event/d:venue"><xsl:value-of select="concat(' at ', d:event/d:venue)"/></xsl:if>
          <xsl:text>, and the Customer shall accept and pay for these services.</xsl:text>
        </fo:block>
        <fo:block xsl:use-attribute-sets="clause">1.2. The services, their quantity and price are listed in the Specification (section 9).</fo:block>
        <xsl:if test="d:participants/d:participant">
          <fo:block xsl:use-attribute-sets="clause" keep-with-next.within-page="always">1.3. Participants on behalf of the Customer:</fo:block>
          <xsl:for-each select="d:participants/d:participant">
            <fo:block start-indent="6mm">
              <xsl:value-of select="concat(position(), ') ', d:name)"/>
              <xsl:if test="d:jobTitle"><xsl:value-of select="concat(', ', d:jobTitle)"/></xsl:if>
            </fo:block>
          </xsl:for-each>
          <fo:block xsl:use-attribute-sets="clause" space-before="1mm">The Customer may replace a participant by written notice given no later than 1 (one) business day before the Event.</fo:block>
        </xsl:if>

        <fo:block xsl:use-attribute-sets="section">2. Price and payment</fo:block>
        <fo:block xsl:use-attribute-sets="clause">
          <xsl:text>2.1. The price of the services is </xsl:text>
          <fo:inline font-weight="bold">
            <xsl:call-template name="money"><xsl:with-param name="value" select="d:totals/d:amount"/></xsl:call-template>
            <xsl:value-of select="concat(' ', d:currency)"/>
          </fo:inline>
          <xsl:value-of select="concat(' (', d:amountInWords, '), ')"/>
          <xsl:call-template name="vat-sentence"/>
          <xsl:text>.</xsl:text>
        </fo:block>
        <fo:block xsl:use-attribute-sets="clause">
          <xsl:text>2.2. The Customer shall pay 100% of the price </xsl:text>
          <xsl:choose>
            <xsl:when test="d:paymentDue">
              <xsl:text>no later than </xsl:text>
              <xsl:call-template name="date"><xsl:with-param name="iso" select="d:paymentDue"/></xsl:call-template>
            </xsl:when>
            <xsl:otherwise>within 5 (five) banking days of the date of the Contractor's invoice</xsl:otherwise>
          </xsl:choose>
          <xsl:value-of select="concat(' by bank transfer in ', d:currency, ' to the Contractor', &quot;'&quot;, 's account stated in section 10. Bank charges of the Customer', &quot;'&quot;, 's bank and of intermediary banks are borne by the Customer.')"/>
        </fo:block>
        <fo:block xsl:use-attribute-sets="clause">2.3. The date of payment is the date the funds are credited to the correspondent account of the Contractor's bank.</fo:block>
        <fo:block xsl:use-attribute-sets="clause">2.4. If the Customer cancels participation less than 10 (ten) calendar days before the Event, the price is not refunded; the Customer may send another representative instead.</fo:block>

        <fo:block xsl:use-attribute-sets="section">3. Obligations of the Parties</fo:block>
        <fo:block xsl:use-attribute-sets="clause">3.1. The Contractor shall ensure the participation of the Customer's representatives in the Event according to its programme and, after the Event, provide the Customer with an act of services rendered.</fo:block>
        <fo:block xsl:use-attribute-sets="clause">3.2. The Customer shall pay for the services on time, provide the participants' details and ensure that participants comply with the rules of the Event.</fo:block>

        <fo:block xsl:use-attribute-sets="section">4. Acceptance</fo:block>
        <fo:block xsl:use-attribute-sets="clause">4.1. Within 5 (five) business days after the Event the Contractor sends the Customer an act of services rendered. If within 5 (five) business days of receiving it the Customer neither signs it nor sends a reasoned objection, the services are deemed rendered and accepted.</fo:block>

        <fo:block xsl:use-attribute-sets="section">5. Liability and force majeure</fo:block>
        <fo:block xsl:use-attribute-sets="clause">5.1. For late payment the Contractor may claim a penalty of 0.1% of the unpaid amount per day of delay, not exceeding 10% of the price.</fo:block>
        <fo:block xsl:use-attribute-sets="clause">5.2. Neither Party is liable for failure to perform caused by force majeure. If the Event is cancelled for such reasons, the Contractor refunds the amounts received or, by agreement with the Customer, credits them towards participation in the rescheduled Event.</fo:block>

        <fo:block xsl:use-attribute-sets="section">6. Term</fo:block>
        <fo:block xsl:use-attribute-sets="clause">6.1. This Agreement enters into force on signature by both Parties and remains in force until the Parties have fully performed their obligations.</fo:block>

        <fo:block xsl:use-attribute-sets="section">7. Governing law and disputes</fo:block>
        <fo:block xsl:use-attribute-sets="clause">7.1. This Agreement is governed by the law of the Russian Federation. Disputes are settled by negotiation; a written claim is answered within 10 (ten) calendar days. Disputes not settled by negotiation are referred to the commercial (arbitrazh) court at the Contractor's location.</fo:block>

        <fo:block xsl:use-attribute-sets="section">8. Miscellaneous</fo:block>
        <fo:block xsl:use-attribute-sets="clause">8.1. This Agreement is made in two counterparts of equal force, one for each Party. Scanned copies and documents signed with electronic signatures are valid until the originals are exchanged. Amendments are valid only in writing signed by both Parties.</fo:block>

        <fo:block xsl:use-attribute-sets="section">9. Specification</fo:block>
        <xsl:call-template name="lines-table"/>
        <xsl:call-template name="totals"><xsl:with-param name="grand-label" select="'Total:'"/></xsl:call-template>

        <fo:block xsl:use-attribute-sets="section" space-before="6mm">10. Details and signatures of the Parties</fo:block>
        <fo:table table-layout="fixed" width="100%" keep-together.within-page="always">
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-column column-width="6mm"/>
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-body>
            <fo:table-row>
              <fo:table-cell><fo:block font-weight="bold" space-after="1mm">CONTRACTOR</fo:block></fo:table-cell>
              <fo:table-cell><fo:block/></fo:table-cell>
              <fo:table-cell><fo:block font-weight="bold" space-after="1mm">CUSTOMER</fo:block></fo:table-cell>
            </fo:table-row>
            <fo:table-row>
              <fo:table-cell font-size="8.5pt">
                <xsl:call-template name="party-details"><xsl:with-param name="p" select="d:seller"/></xsl:call-template>
              </fo:table-cell>
              <fo:table-cell><fo:block/></fo:table-cell>
              <fo:table-cell font-size="8.5pt">
                <xsl:call-template name="party-details"><xsl:with-param name="p" select="d:buyer"/></xsl:call-template>
              </fo:table-cell>
            </fo:table-row>
            <fo:table-row>
              <fo:table-cell display-align="after">
                <xsl:call-template name="signature"><xsl:with-param name="s" select="d:seller/d:signatory"/></xsl:call-template>
              </fo:table-cell>
              <fo:table-cell><fo:block/></fo:table-cell>
              <fo:table-cell display-align="after">
                <xsl:call-template name="signature"><xsl:with-param name="s" select="d:buyer/d:signatory"/></xsl:call-template>
              </fo:table-cell>
            </fo:table-row>
          </fo:table-body>
        </fo:table>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- 'Alfa LLC (INN …), hereinafter the "Contractor", represented by General Director Ivan Ivanov, acting under the
       Charter' -->
  <xsl:template name="preamble-party">
    <xsl:param name="p"/>
    <xsl:param name="role"/>
    <xsl:variable name="s" select="$p/d:signatory"/>
    <fo:inline font-weight="bold"><xsl:value-of select="$p/d:fullName"/></fo:inline>
    <xsl:text> (</xsl:text>
    <xsl:call-template name="ids"><xsl:with-param name="p" select="$p"/></xsl:call-template>
    <xsl:value-of select="concat('), hereinafter the &quot;', $role, '&quot;')"/>
    <xsl:if test="$s/d:name">
      <xsl:text>, represented by </xsl:text>
      <xsl:if test="$s/d:position"><xsl:value-of select="concat($s/d:position, ' ')"/></xsl:if>
      <xsl:value-of select="$s/d:name"/>
      <xsl:variable name="basis"><xsl:call-template name="basis"><xsl:with-param name="s" select="$s"/></xsl:call-template></xsl:variable>
      <xsl:if test="string($basis) != ''"><xsl:value-of select="concat(', acting under ', $basis)"/></xsl:if>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
