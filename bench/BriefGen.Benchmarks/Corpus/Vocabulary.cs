namespace BriefGen.Benchmarks.Corpus;

/// <summary>The fixed word lists synthetic briefs are assembled from (the same shape as ../shared/bench/gen-corpus.py).</summary>
internal static class Vocabulary
{
    public static readonly string[] Determiners = Words("the the the a each every this that many several most some their our its any one another such no");
    public static readonly string[] Nouns = Words("""
        policy court election voter legislature agency budget reform statute district council ballot rule record review
        standard market worker family school system program community state county official process measure proposal
        mandate safeguard remedy commission committee hearing inquiry audit report survey estimate forecast baseline
        threshold exemption waiver deadline schedule calendar registry database network platform algorithm model sensor
        contract grant subsidy credit penalty fine fee tax tariff license permit inspection warrant verdict appeal petition
        settlement precedent doctrine clause amendment charter ordinance regulation guideline framework strategy priority
        incentive barrier bottleneck capacity workforce payroll pension benefit premium clinic hospital shelter campus
        library river watershed coastline grid pipeline reservoir highway corridor transit port border census map boundary
        """);
    public static readonly string[] Adjectives = Words("""
        federal local regional national public private independent transparent modest durable partisan bipartisan neutral
        fragile robust costly affordable timely delayed uneven consistent arbitrary reasonable narrow broad careful hasty
        routine unusual recent historic current future early late rural urban coastal suburban municipal judicial
        """);
    public static readonly string[] Verbs = Words("""
        shapes requires limits expands weakens strengthens protects reduces funds governs restricts clarifies complicates
        delays accelerates supports undermines replaces reinforces distorts measures tracks reviews challenges defends
        explains obscures reveals ignores prioritizes allocates transfers shifts balances extends narrows broadens tests
        """);
    public static readonly string[] Adverbs = Words("quietly rarely often usually sometimes gradually sharply slowly quickly steadily largely partly mostly");
    public static readonly string[] Prepositions = Words("of in for across under within between against through after before without among beyond toward");
    public static readonly string[] Conjunctions = Words("and but while because although since yet so whereas unless when as");
    public static readonly string[] Programs = ["Democracy", "Justice", "Liberty and National Security", "Economic Opportunity",
        "Climate and Environment", "Health Policy", "Technology and Governance", "State and Local Policy"];
    public static readonly string[] Kinds = ["Expert Brief", "Expert Brief", "Expert Brief", "In Brief", "In Brief", "Backgrounder"];
    public static readonly string[] Topics = ["Voting Rights", "Redistricting", "Campaign Finance", "Election Security",
        "Court Reform", "Policing", "Sentencing", "Immigration", "Surveillance", "Privacy", "Artificial Intelligence",
        "Social Media", "Free Speech", "Government Ethics", "Congress", "State Legislatures", "Budget and Taxes", "Housing",
        "Labor", "Health Care", "Climate", "Energy", "Disaster Response", "Education", "Census", "Civic Engagement",
        "Local Government", "Public Records", "Emergency Powers", "National Security", "Veterans", "Trade",
        "Competition Policy", "Infrastructure", "Transportation", "Water", "Public Lands", "Tribal Sovereignty"];
    public static readonly string[] FirstNames = Words("Ada Bram Celia Dario Elena Farid Greta Hollis Ines Jonah Kira Lucas Mira Nadia Omar Priya Quinn Rosa Silas Tamsin");
    public static readonly string[] LastNames = Words("Abernathy Brightwater Castellan Dunmore Ellery Fairbrook Galloway Hartwell Ingram Jessup Kettering Marlowe Northcott");
    public static readonly string[] Roles = ["a senior fellow", "counsel", "a research director", "a policy analyst", "a fellow", "a research associate"];
    public static readonly string[] Offsets = ["-05:00", "-05:00", "-04:00", "-04:00", "+00:00", "+01:00"];

    private static string[] Words(string text) => text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
