using System.Collections.Immutable;

namespace PaperArchive.Tests.Topics;

/// <summary>
/// Hand labels for the sample digest (input/digests/2025-03-11.txt): the topic tags a careful reader gives
/// each paper after reading its title and abstract. Written before tuning the vocabulary; the tagger is
/// measured against them, never the other way round. Keyed by title so a reordered sample still lines up.
/// </summary>
internal static class SampleLabels
{
    public static readonly ImmutableDictionary<string, ImmutableArray<string>> ByTitle = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal)
    {
        ["Magnitude Invariant Parametrizations Improve Hypernetwork Learning"] = ["training-dynamics"],
        ["Extreme Event Prediction with Multi-agent Reinforcement Learning-based Parametrization of Atmospheric and Oceanic Turbulence"] = ["climate-weather", "reinforcement-learning", "fluid-dynamics"],
        ["Multi-Messenger Cosmology: A Route to Accurate Inference of Dark Energy Beyond CPL Parametrization from XG Detectors"] = ["astrophysics-cosmology"],
        ["Machine Learning Parameterization of the Multi-scale Kain-Fritsch (MSKF) Convection Scheme"] = ["climate-weather"],
        ["MgNO: Efficient Parameterization of Linear Operators via Multigrid"] = ["neural-operators", "scientific-ml"],
        ["How Over-Parameterization Slows Down Gradient Descent in Matrix Sensing: The Curses of Symmetry and Initialization"] = ["optimization", "matrix-tensor", "learning-theory"],
        ["On the Parameterization and Initialization of Diagonal State Space Models"] = ["sequence-models", "training-dynamics"],
        ["Global Convergence of Sub-gradient Method for Robust Matrix Recovery: Small Initialization, Noisy Measurements, and Over-parameterization"] = ["optimization", "matrix-tensor", "learning-theory"],
        ["Single-Shot Implicit Morphable Faces with Consistent Texture Parameterization"] = ["3d-graphics", "computer-vision"],
        ["Eulerian-Lagrangian particle-based model for diffusional growth for the better parameterization of ISM clouds: A road map for improving climate model through small-scale model using observations"] = ["climate-weather"],
        ["One-connection rule for structural equation models"] = ["statistics"],
        ["Feature Learning in Infinite-Width Neural Networks"] = ["learning-theory", "training-dynamics"],
        ["Measuring the Intrinsic Dimension of Objective Landscapes"] = ["training-dynamics"],
        ["Lie Group Decompositions for Equivariant Neural Networks"] = ["equivariance"],
        ["Incorporating Riemannian Geometric Features for Learning Coefficient of Pressure Distributions on Airplane Wings"] = ["fluid-dynamics", "scientific-ml"],
        ["PROSE: Predicting Operators and Symbolic Expressions using Multimodal Transformers"] = ["neural-operators", "scientific-ml", "transformers"],
        ["MMGP: a Mesh Morphing Gaussian Process-based machine learning method for regression of physical problems under non-parameterized geometrical variability"] = ["scientific-ml", "kernel-methods"],
        ["Category Theory for Quantum Natural Language Processing"] = ["quantum", "natural-language-processing"],
        ["Transformers as Support Vector Machines"] = ["transformers", "learning-theory"],
        ["Differentiability and Optimization of Multiparameter Persistent Homology"] = ["topology-geometry", "optimization"],
        ["DeepArchitect: Automatically Designing and Training Deep Architectures"] = ["automl"],
        ["Arbitrary Few Parameters are Good Enough for Adapting Large-scale Pre-trained Language Models"] = ["language-models", "fine-tuning"],
        ["Random Grid Neural Processes for Parametric Partial Differential Equations"] = ["scientific-ml", "bayesian-methods"],
        ["OpenELM: An Efficient Language Model Family with Open-source Training and Inference Framework"] = ["language-models"],
        ["A Flexible Parametric Modelling Framework for Survival Analysis"] = ["statistics"],
        ["Ghost on the Shell: An Expressive Representation of General 3D Shapes"] = ["3d-graphics", "generative-models"],
        ["FLoRA: Low-Rank Core Space for N-dimension"] = ["fine-tuning", "matrix-tensor"],
        ["A Named Entity Based Approach to Model Recipes"] = ["natural-language-processing"],
        ["Predictable Scale: Part I -- Optimal Hyperparameter Scaling Law in Large Language Model Pretraining"] = ["language-models", "training-dynamics"],
        ["On Neural Differential Equations"] = ["dynamical-systems"],
        ["Deep Learning Model Reuse in the HuggingFace Community: Challenges, Benefit and Trends"] = ["software-engineering"],
        ["PIG: Physics-Informed Gaussians as Adaptive Parametric Mesh Representations"] = ["scientific-ml"],
        ["Target-based Surrogates for Stochastic Optimization"] = ["optimization"],
        ["Trace is the New AutoDiff -- Unlocking Efficient Optimization of Computational Workflows"] = ["optimization", "agents"],
        ["Learning Neural PDE Solvers with Parameter-Guided Channel Attention"] = ["scientific-ml"],
        ["Generative Marginalization Models"] = ["generative-models"],
        ["In defense of parameter sharing for model-compression"] = ["efficient-ml"],
        ["TokenFormer: Rethinking Transformer Scaling with Tokenized Model Parameters"] = ["transformers"],
        ["Probabilistic Programming with Programmable Variational Inference"] = ["bayesian-methods"],
        ["A Framework for Fast and Stable Representations of Multiparameter Persistent Homology Decompositions"] = ["topology-geometry"],
        ["Stable Vectorization of Multiparameter Persistent Homology using Signed Barcodes as Measures"] = ["topology-geometry"],
        ["PFGM++: Unlocking the Potential of Physics-Inspired Generative Models"] = ["generative-models"],
        ["Regularizing Towards Soft Equivariance Under Mixed Symmetries"] = ["equivariance"],
        ["Parameter Competition Balancing for Model Merging"] = ["fine-tuning"],
        ["DeepMesh: Differentiable Iso-Surface Extraction"] = ["3d-graphics"],
        ["Interpretable structural model error discovery from sparse assimilation increments using spectral bias-reduced neural networks: A quasi-geostrophic turbulence test case"] = ["climate-weather", "fluid-dynamics", "scientific-ml"],
        ["A for-loop is all you need. For solving the inverse problem in the case of personalized tumor growth modeling"] = ["medical"],
        ["Understanding Augmentation-based Self-Supervised Representation Learning via RKHS Approximation and Regression"] = ["self-supervised", "learning-theory", "kernel-methods"],
        ["Reinforcement Learning for Adaptive Time-Stepping in the Chaotic Gravitational Three-Body Problem"] = ["reinforcement-learning", "astrophysics-cosmology"],
        ["Assessing the Use of AutoML for Data-Driven Software Engineering"] = ["automl", "software-engineering"],
        ["Using Degeneracy in the Loss Landscape for Mechanistic Interpretability"] = ["interpretability", "learning-theory"],
        ["Mamo: a Mathematical Modeling Benchmark with Solvers"] = ["language-models", "reasoning"],
        ["On the Existence of Simpler Machine Learning Models"] = ["learning-theory"],
        ["A noncommutative Bianchi I model with radiation"] = ["astrophysics-cosmology"],
    }.ToImmutableDictionary(StringComparer.Ordinal);
}
