namespace GovInfoDisclosure.Core.Narratives;

/// <summary>What a number stated in the narrative of a report (sections 一 and 六) counts.</summary>
public enum NarrativeClaimKind
{
    /// <summary>
    /// Information-disclosure applications received in the year (收到/接收/接到/受理/新收 … 申请 … N件);
    /// compared with <c>/applications/received/total</c>.
    /// </summary>
    ApplicationsReceived,

    /// <summary>
    /// Information-disclosure applications handled in the year (办理/办结/答复 … 申请 … N件);
    /// compared with <c>/applications/outcomes/total/total</c>.
    /// </summary>
    ApplicationsHandled,

    /// <summary>
    /// Administrative reviews (行政复议) of the body's information-disclosure work; a count of 0 comes from
    /// sentences such as <c>未发生行政复议</c>. Compared with section 四.
    /// </summary>
    AdministrativeReviews,

    /// <summary>
    /// Administrative lawsuits (行政诉讼) about the body's information-disclosure work; a count of 0 comes from
    /// sentences such as <c>无行政复议和行政诉讼</c> or <c>提起诉讼的0件</c>. Compared with section 四.
    /// </summary>
    Lawsuits,
}
