using System.Globalization;
using System.Text;

namespace PaperArchive.Bench.Synthetic;

/// <summary>
/// Made-up text in the shape of the daily-papers feed: titles with a code name, abstracts of several sentences about one
/// or two research areas (so tagging, related papers and search see text like the real thing), AI keywords drawn from
/// the same areas, some TeX, authors' names. Its own phrase lists, so the archive stays the same whatever the
/// project's tag vocabulary becomes, and benchmark figures stay comparable from version to version.
/// </summary>
internal static class DailyPapersText
{
    /// <summary>Research areas of the feed, each a list of phrases (the first is the area's name).</summary>
    private static readonly string[][] Areas =
    [
        ["large language models", "instruction tuning", "in-context learning", "chain-of-thought reasoning", "preference optimization", "tokenizer design", "pretraining data", "scaling laws"],
        ["diffusion models", "text-to-image generation", "denoising score matching", "classifier-free guidance", "latent diffusion", "flow matching", "image editing", "few-step sampling"],
        ["video generation", "temporal consistency", "text-to-video synthesis", "motion control", "camera trajectories", "long video generation", "video diffusion transformers", "frame interpolation"],
        ["reinforcement learning", "policy optimization", "reward models", "reinforcement learning from human feedback", "verifiable rewards", "exploration", "offline reinforcement learning", "value functions"],
        ["multimodal large language models", "vision-language models", "visual question answering", "image captioning", "visual grounding", "cross-modal alignment", "document understanding", "chart understanding"],
        ["LLM agents", "tool use", "web navigation", "multi-agent collaboration", "planning", "agent benchmarks", "computer-use agents", "memory for agents"],
        ["code generation", "program synthesis", "software engineering agents", "unit test generation", "code repair", "repository-level code completion", "code review", "competitive programming"],
        ["mathematical reasoning", "theorem proving", "process reward models", "test-time scaling", "self-consistency", "long chain-of-thought", "reasoning traces", "math word problems"],
        ["3D reconstruction", "Gaussian splatting", "neural radiance fields", "novel view synthesis", "multi-view stereo", "3D generation", "mesh reconstruction", "depth estimation"],
        ["robot manipulation", "vision-language-action models", "imitation learning", "embodied agents", "sim-to-real transfer", "humanoid control", "dexterous grasping", "world models"],
        ["speech recognition", "text-to-speech", "speech language models", "audio generation", "voice conversion", "music generation", "spoken dialogue", "audio tokenizers"],
        ["efficient inference", "quantization", "speculative decoding", "KV cache compression", "pruning", "knowledge distillation", "sparse attention", "low-rank adaptation"],
        ["mixture of experts", "expert routing", "load balancing", "sparse models", "conditional computation", "expert parallelism", "router collapse", "dense-to-sparse upcycling"],
        ["long-context modeling", "positional encoding", "context extension", "retrieval-augmented generation", "memory-augmented transformers", "state space models", "linear attention", "needle-in-a-haystack retrieval"],
        ["AI safety", "jailbreak attacks", "red teaming", "alignment", "hallucination detection", "uncertainty estimation", "watermarking", "unlearning"],
        ["benchmarks", "evaluation protocols", "LLM-as-a-judge", "data contamination", "human preference evaluation", "leaderboards", "multilingual evaluation", "robustness evaluation"],
        ["synthetic data", "data curation", "data mixtures", "deduplication", "data filtering", "curriculum learning", "self-instruct", "distillation data"],
        ["image segmentation", "object detection", "open-vocabulary recognition", "visual representation learning", "self-supervised learning", "contrastive learning", "vision transformers", "masked image modeling"],
        ["graph neural networks", "molecular generation", "protein structure prediction", "drug discovery", "materials discovery", "weather forecasting", "scientific machine learning", "neural operators"],
        ["medical imaging", "clinical language models", "radiology report generation", "pathology", "electronic health records", "biomedical question answering", "medical segmentation", "patient outcomes"],
    ];

    private static readonly string[] Adjectives =
        ["scalable", "efficient", "robust", "unified", "adaptive", "generalizable", "controllable", "interpretable", "lightweight", "open", "hierarchical", "training-free"];
    private static readonly string[] Gerunds =
        ["Scaling", "Rethinking", "Unlocking", "Improving", "Revisiting", "Bridging", "Aligning", "Boosting", "Taming", "Understanding", "Benchmarking", "Accelerating"];
    private static readonly string[] Syllables =
        ["Omni", "Flash", "Vid", "Gen", "Seed", "Lumi", "Qwen", "Magi", "Sora", "Nova", "Astra", "Orca", "Pixel", "Mind", "Code", "Math", "Agent", "Vision", "Echo", "Star", "Fusion", "Hyper", "Meta", "Uni", "Zero", "Deep", "Open", "Turbo", "Sky", "Neo"];
    private static readonly string[] Suffixes = ["", "", "", "-R1", "-2", "-V", "-Bench", "-VL", "-o", "-X", "++", "-Zero", "-Pro", "3D", "Net"];
    private static readonly string[] Limitations =
    [
        "struggle to generalize beyond their training distribution", "require expensive human annotation", "scale poorly with sequence length",
        "suffer from error accumulation over long horizons", "rely on hand-crafted heuristics", "are evaluated on narrow benchmarks",
        "incur prohibitive memory costs at inference time", "ignore the structure of the underlying data", "are brittle under distribution shift",
    ];
    private static readonly string[] Findings =
    [
        "performance saturates well before the compute budget is exhausted", "smaller models benefit disproportionately from better data",
        "most of the gain comes from a handful of training examples", "the learned representations transfer across tasks and domains",
        "simple baselines remain surprisingly competitive when tuned carefully", "errors concentrate on rare but critical cases",
    ];
    private static readonly string[] Metrics = ["accuracy", "success rate", "win rate", "throughput", "FID", "pass@1", "recall", "latency", "BLEU", "mIoU"];
    private static readonly string[] Hosts = ["github.com", "huggingface.co"];

    /// <summary>TeX of the shapes abstracts hold; numbers vary, so most formulas are distinct, as in the real feed.</summary>
    private static readonly Func<Random, string>[] Formulas =
    [
        r => $"$\\mathcal{{O}}(n \\log n)$",
        r => Invariant($"${1 + r.Next(9)}.{r.Next(10)}\\times$"),
        r => Invariant($"$\\sim${10 + r.Next(80)}\\%"),
        r => "$k$",
        r => Invariant($"$\\ell_{1 + r.Next(2)}$"),
        r => Invariant($"$\\mathcal{{O}}(n^{2 + r.Next(2)})$"),
        r => Invariant($"$\\epsilon = 10^{{-{1 + r.Next(8)}}}$"),
        r => Invariant($"$p < 0.0{1 + r.Next(5)}$"),
        r => Invariant($"$\\pi_{r.Next(3)}$"),
        r => Invariant($"$\\text{{pass}}@{1 + r.Next(10)}$"),
        r => Invariant($"$\\alpha \\in [0, {1 + r.Next(3)}]$"),
        r => Invariant($"${10 + r.Next(90)}\\%$"),
    ];

    public static int AreaCount => Areas.Length;

    public static string AreaName(int area) => Areas[area][0];

    public static string CodeName(Random random) => Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)] + Suffixes[random.Next(Suffixes.Length)];

    private static string Phrase(Random random, int area) => Areas[area][random.Next(Areas[area].Length)];

    public static string Title(Random random, string codeName, int area, int other, bool tex)
    {
        var a = TitleCase(Phrase(random, area));
        var b = TitleCase(Phrase(random, other));
        var adjective = TitleCase(Adjectives[random.Next(Adjectives.Length)]);
        var title = random.Next(6) switch
        {
            0 or 1 => $"{codeName}: {adjective} {a} for {b}",
            2 => $"{Gerunds[random.Next(Gerunds.Length)]} {a} with {b}",
            3 => $"{codeName}: {Gerunds[random.Next(Gerunds.Length)]} {a} through {b}",
            4 => $"Towards {adjective} {a}: Lessons from {b}",
            _ => $"{adjective} {a} via {b}",
        };
        return tex ? title + Invariant($" with $\\mathcal{{O}}(n)$ Memory") : title;
    }

    /// <summary>An abstract of about <paramref name="targetLength"/> characters; <paramref name="formulas"/> TeX formulas in it.</summary>
    public static string Abstract(Random random, string codeName, int area, int other, int targetLength, int formulas)
    {
        var sentences = new List<string>
        {
            $"{Capitalize(Phrase(random, area))} has become a central problem for {Phrase(random, other)}.",
            $"However, existing approaches to {Phrase(random, area)} {Limitations[random.Next(Limitations.Length)]}.",
            $"In this work, we introduce {codeName}, {Article(Adjectives[random.Next(Adjectives.Length)])} framework that combines {Phrase(random, area)} with {Phrase(random, other)}.",
        };
        var fillers = new Func<string>[]
        {
            () => $"Our key insight is that {Phrase(random, area)} can be cast as {Phrase(random, other)}, which lets us reuse {Adjectives[random.Next(Adjectives.Length)]} components.",
            () => $"We further propose {Article(Adjectives[random.Next(Adjectives.Length)])} training recipe based on {Phrase(random, area)} and {Phrase(random, area)}.",
            () => $"To support this, we construct a dataset of {Invariant($"{1 + random.Next(900)}")}K examples covering {Phrase(random, other)} and {Phrase(random, area)}.",
            () => $"Extensive experiments on {2 + random.Next(12)} benchmarks show that {codeName} improves {Metrics[random.Next(Metrics.Length)]} by {Invariant($"{1 + random.Next(30)}.{random.Next(10)}")} points over strong baselines.",
            () => $"Our analysis reveals that {Findings[random.Next(Findings.Length)]}.",
            () => $"Compared with prior work on {Phrase(random, other)}, our method requires no additional supervision and adds little overhead.",
            () => $"Ablation studies confirm the contribution of each component, in particular {Phrase(random, area)}.",
            () => $"We also study the interplay of {Phrase(random, area)} and {Phrase(random, other)}, and find that {Findings[random.Next(Findings.Length)]}.",
        };
        var length = sentences.Sum(s => s.Length + 1);
        while (length < targetLength - 120)
        {
            var sentence = fillers[random.Next(fillers.Length)]();
            sentences.Add(sentence);
            length += sentence.Length + 1;
        }
        for (var f = 0; f < formulas; f++)
        {
            // A formula inside a sentence, as abstracts write complexities, speed-ups and hyper-parameters.
            var at = 1 + random.Next(sentences.Count - 1);
            sentences[at] = sentences[at][..^1] + ", at a cost of " + Formulas[random.Next(Formulas.Length)](random) + ".";
        }
        if (random.Next(3) == 0) sentences.Add($"Code and models are available at https://{Hosts[random.Next(Hosts.Length)]}/{codeName.ToLowerInvariant().Replace("+", "p", StringComparison.Ordinal)}.");
        return string.Join(' ', sentences);
    }

    public static string AiSummary(Random random, string codeName, int area, int other) =>
        $"{codeName} improves {Phrase(random, area)} by combining it with {Phrase(random, other)}, achieving state-of-the-art {Metrics[random.Next(Metrics.Length)]} on several benchmarks.";

    /// <summary><paramref name="count"/> distinct keywords from the paper's areas, and a few of the feed's generic ones.</summary>
    public static List<string> Keywords(Random random, int area, int other, int count)
    {
        var pool = Areas[area].Concat(Areas[other]).Concat(["transformer", "benchmark", "fine-tuning", "zero-shot", "LLMs", "ablation study", "state-of-the-art", "open-source"]).Distinct().ToList();
        var keywords = new List<string>(count);
        while (keywords.Count < Math.Min(count, pool.Count))
        {
            var keyword = pool[random.Next(pool.Count)];
            if (!keywords.Contains(keyword)) keywords.Add(keyword);
        }
        // Beyond the areas' phrases, terms the feed coins per paper ("adaptive routing", the code name itself).
        for (var attempt = 0; keywords.Count < count && attempt < 4 * count; attempt++)
        {
            var keyword = $"{Adjectives[random.Next(Adjectives.Length)]} {Phrase(random, random.Next(2) == 0 ? area : other).Split(' ')[^1]}";
            if (!keywords.Contains(keyword)) keywords.Add(keyword);
        }
        return keywords;
    }

    private static readonly string[] GivenNames =
    [
        "Wei", "Yifan", "Xin", "Jiahao", "Yuxuan", "Hao", "Zhiyuan", "Jing", "Li", "Ming", "Chen", "Yu", "Tianyu", "Zihan", "Ruoxi",
        "Anna", "David", "Maria", "James", "Sofia", "Lucas", "Emma", "Noah", "Olivia", "Daniel", "Sarah", "Michael", "Laura", "Thomas", "Julia",
        "Priya", "Arjun", "Ananya", "Rahul", "Deepak", "Sneha", "Vikram", "Aditi", "Kiran", "Rohan",
        "Hyunwoo", "Jiwon", "Seungho", "Minji", "Takeshi", "Yuki", "Haruto", "Sakura", "Kenji", "Aiko",
        "Ahmed", "Fatima", "Omar", "Layla", "Youssef", "Amira", "Mehmet", "Elif", "Reza", "Sara",
        "Pierre", "Camille", "Jürgen", "Léa", "Matteo", "Giulia", "Pablo", "Lucía", "João", "Inês",
        "Ivan", "Olga", "Dmitri", "Natalia", "Piotr", "Zofia", "Oluwaseun", "Chidi", "Amara", "Kwame",
    ];
    private static readonly string[] FamilyNames =
    [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao",
        "Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Moore", "Martin", "Lee", "Clark",
        "Sharma", "Patel", "Gupta", "Singh", "Kumar", "Reddy", "Iyer", "Nair", "Kim", "Park", "Choi", "Jung", "Kang", "Sato", "Suzuki", "Tanaka", "Watanabe",
        "Nakamura", "Hassan", "Ali", "Khan", "Rahman", "Yilmaz", "Kaya", "Hosseini", "Dubois", "Lefèvre", "Müller", "Schmidt", "Schneider", "Fischer", "Rossi",
        "Russo", "Bianchi", "Fernández", "López", "Silva", "Santos", "Ivanov", "Petrov", "Kowalski", "Nowak", "Okafor", "Adeyemi", "Mensah", "Nguyen", "Tran",
    ];

    /// <summary>A distinct name for every author id: given and family names, then a middle initial once those run out.</summary>
    public static string AuthorName(int id)
    {
        var given = GivenNames[id % GivenNames.Length];
        var family = FamilyNames[id / GivenNames.Length % FamilyNames.Length];
        var round = id / (GivenNames.Length * FamilyNames.Length);
        if (round == 0) return $"{given} {family}";
        var initials = new StringBuilder();
        for (var r = round; r > 0; r /= 26) initials.Append((char)('A' + (r - 1) % 26)).Append(". ");
        return $"{given} {initials}{family}";
    }

    public static string UserName(int id) => Invariant($"{AuthorName(id).Split(' ')[0].ToLowerInvariant()}{id}");

    private static string TitleCase(string phrase) =>
        string.Join(' ', phrase.Split(' ').Select(w => w.Length > 0 && char.IsLower(w[0]) ? char.ToUpperInvariant(w[0]) + w[1..] : w));

    private static string Article(string word) => ("aeiou".Contains(word[0], StringComparison.Ordinal) ? "an " : "a ") + word;

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
