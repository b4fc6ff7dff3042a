//! The macros never panic: the whole pipeline is driven with mutations of a
//! corpus of valid comprehensions and with random token streams, and every
//! input must expand to tokens (the expansion, or a `compile_error!` next to
//! a fallback), never unwind.

use std::panic::{catch_unwind, AssertUnwindSafe};

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use proptest::prelude::*;
use quote::quote;

use crate::ast::Flavor;
use crate::expand::expand;

/// Valid comprehensions covering every piece of the grammar.
pub(super) const CORPUS: &[&str] = &[
    "[x for x in xs]",
    "[x * 2 for x in xs if x > 0]",
    "[e.failures for e in endpoints.iter() if e.up]",
    "x * 2 for x in xs",
    "x + y for x in xs for y in ys",
    "(x, y) for x in 0..3 for y in 0..x if (x + y) % 2 == 0",
    "{x % 3 for x in xs}",
    "{k: v for (k, v) in pairs}",
    "{k: v for k, v in pairs}",
    "{k: (n := k.len()) * n for k in keys}",
    "(x for x in xs)",
    "(x * y for x in xs if x > 0 for y in ys)",
    "move (x * k for x in xs)",
    "move [x * k for x in xs]",
    "[move |y| y + x for x in xs]",
    "[|y| y + x for x in xs]",
    "[y for x in xs if (y := f(x)) > 0]",
    "[y for x in xs let y = x + 1]",
    "[t for x in xs if let Some(t) = f(x)]",
    "[t + z for x in xs if let Some(t) = x.checked_add(1) let z = t * 2]",
    "[a if a > 0 else -a for a in xs]",
    "[a if a > 0 else b if b > 0 else 0 for (a, b) in xs]",
    "[k + v for k, v in pairs]",
    "[a + b + c for a, b, c in triples]",
    "[s.parse::<i32>()? for s in v]",
    "[x? + y for x in xs for y in ys(x)?]",
    "(s.parse::<i32>()? for s in v)",
    "(x for x in load()?)",
    "{k: v? for (k, v) in m}",
    "{x? for x in xs}",
    "[comp![x * y for y in 0..3] for x in 0..3]",
    "[vec![x; 3] for x in xs]",
    "[format!(\"{x}\") for x in xs]",
    "[Point { x, y: 0 } for x in xs]",
    "[{ let z = x * 2; z + 1 } for x in xs]",
    "[match x { 0 => 1, _ => 2 } for x in xs]",
    "[if x > 0 { 1 } else { 0 } for x in xs]",
    "[x for x in xs if x > 0 if x < 10]",
    "[x for &x in xs.iter()]",
    "[x for Some(x) in xs]",
    "[x for x in xs if xs.contains(&x)]",
    "[x for x in xs if x > 0 && x < 5 || x == 9]",
    "[!x for x in flags]",
    "[-x for x in xs]",
    "[x as u8 for x in xs]",
    "[x.0 + x.1 for x in pairs]",
    "[xs[i] for i in 0..n]",
    "[x for x in xs.iter().map(|v| v * 2)]",
    "[(x, y) for x in xs for y in ys for z in zs if x < y let w = z]",
    "[loop { break x; } for x in xs]",
    "[{ for i in 0..x { if i > 3 { break; } } x } for x in xs]",
    "[x for x in 0..]",
    "[x for x in ..=n]",
    "[x for x in a..b]",
    "[(y := x) for x in xs]",
    "[(a := (b := x) + 1) + b for x in xs]",
    "[x for x in xs; concurrency = 4]",
    "[x for x in xs] ; concurrency = 2, unordered",
    "{x for x in xs}; concurrency = n",
    "(x for x in xs); concurrency = 8, unordered",
    "(f(x).await for x in xs; concurrency = 8)",
    "[x async for x in s]",
    "[x async for x in s if p(x).await]",
    "[x * 3 async for x in s if x % 3 == 0]",
    "[await f(x) for x in xs]",
    "[await f(x) + 1 for x in xs]",
    "[await a.b(c)? for c in cs]",
    "[await await f(x) for x in xs]",
    "[await Foo::<u8>::new(x).run() for x in xs]",
    "[await client.get::<Page>(u).send()?.json() for u in urls]",
    "[item async for sub in streams async for item in sub]",
    "{k: fetch(k).await for k in keys}",
    "{fetch(k).await for k in keys}",
    "(x * 2 async for x in stream if x > 0)",
    "(parse(s).await? async for s in lines)",
    "(x for x in load().await)",
    "[fetch(u).await for u in urls; concurrency = 10]",
    "{k: fetch(k).await? for k in keys; concurrency = n}",
    "[f(x, y).await for x in xs for y in ys if x != y; concurrency = 4]",
    "(f(x).await for x in xs); concurrency = 8, unordered",
    "[x async for x in &mut s]",
    "[x for x in await load()]",
    "[x async for x in await open()]",
    "[y async for x in s if (y := f(x).await).is_some()]",
    "[t async for x in s if let Some(t) = transform(x).await]",
    "[async move { x } for x in xs]",
    "[async { f(x).await } for x in xs]",
    "move (x async for x in s)",
    "move [f(x).await for x in xs; concurrency = 2]",
    "[r for r in results if let Ok(r) = r]",
    "[(i, c) for i, c in s.chars().enumerate()]",
    "[n for n in 2..50 if (2..n).all(|d| n % d != 0)]",
    "[row[i] for row in matrix for i in 0..row.len()]",
    "[[row[i] for row in &matrix] for i in 0..4]",
    "{x for row in &matrix for x in row}",
    "{k: v for row in &rows for (k, v) in row}",
    "[x.to_string() for x in xs if x % 2 == 0]",
    "[(x, x * x) for x in 1..=10]",
    "{c for c in s.chars() if c.is_alphabetic()}",
    "{w.len(): w for w in words}",
    "{i: c for i, c in s.chars().enumerate()}",
    "(line.trim() for line in text.lines() if !line.is_empty())",
    "(x for x in xs if x % 3 == 0 for _ in 0..2)",
    "[x for x in xs if x > (y := 2)]",
    "[x for _ in 0..3 for x in xs]",
    "[() for _ in xs]",
    "[x for x in xs if true]",
    "[x for x in [1, 2, 3]]",
    "[x for x in (1, 2).0..5]",
    "[<T as Default>::default() for _ in xs]",
    "[x for x in xs if matches!(x, Some(_))]",
    "[x for x in xs if let 1..=5 = x]",
    "[x for x in xs let (a, b) = (x, x) if a == b]",
    // Python's conditional at any depth, chained comparisons, typed `let`.
    "[(name, \"adult\" if age >= 18 else \"minor\") for (name, age) in people]",
    "[label((\"hot\" if t > 30 else \"ok\")) for t in temps]",
    "{k: (\"big\" if v > 10 else \"small\") for (k, v) in m}",
    "[f(a if c else b, [1 if i == j else 0 for j in 0..n]) for i in 0..n]",
    "[(y := a if c else b) for x in xs]",
    "[x for x in xs if 0 <= x < n]",
    "[x for x in xs if a < f(x) <= b != c]",
    "[(0 <= i < n, v[i]) for i in idx if ok(i) && 1 < i + 1 < m]",
    "[y for x in xs let y: f64 = x as f64]",
    "[y for x in xs let y: Vec<u8> = vec![x; 2] if y.len() < 3 < 4]",
    "[t for x in xs let t = \"hot\" if x > 1 else \"ok\"]",
    "(c for w in words for c in w.chars())",
    "(c for w in ws for c in w.to_lowercase().chars() if c != ' ')",
    // Shapes that name the rarer runtime items (see private_surface.rs).
    "(x? + y for x in xs for y in ys(x)?)",
    "[f(x, y).await for x in xs if g(x)? for y in ys; concurrency = 2]",
    "(x + y + z for x in xs for y in f(x) if y > x for z in g(y))",
    "(x + y + z for x in xs for y in f(x) for z in g(y))",
    "[f(x) for x in xs if p(x); parallel]",
    "{k: v? for k in ks for v in vals(k); parallel}",
    "(s.parse::<i32>()? for s in load()?; parallel)",
    "move ((x, y) for x in xs for y in 0..x; parallel)",
    "[f(&client, x).await for x in xs; concurrency = 2, spawn(client, cfg)]",
    "(f(x).await? for x in xs for y in ys; concurrency = 4, unordered, spawn)",
];

fn expand_both(body: TokenStream) {
    for flavor in [Flavor::Sync, Flavor::Async] {
        let input = quote!((::comp) #body);
        let result = catch_unwind(AssertUnwindSafe(|| expand(input.clone(), flavor)));
        let output =
            result.unwrap_or_else(|_| panic!("the pipeline panicked on {flavor:?} `{body}`"));
        assert!(!output.is_empty(), "empty expansion for `{body}`");
    }
}

fn trees(source: &str) -> Vec<TokenTree> {
    source
        .parse::<TokenStream>()
        .expect("corpus entries lex")
        .into_iter()
        .collect()
}

/// Every prefix, and every single-token deletion, duplication and swap of
/// adjacent tokens, at every nesting level.
fn mutations(trees: &[TokenTree]) -> Vec<Vec<TokenTree>> {
    let mut out = level_mutations(trees);
    for (i, tree) in trees.iter().enumerate() {
        if let TokenTree::Group(group) = tree {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            for mutation in mutations(&inner) {
                let mut outer = trees.to_vec();
                outer[i] = regroup(group, mutation);
                out.push(outer);
            }
        }
    }
    out
}

fn level_mutations(trees: &[TokenTree]) -> Vec<Vec<TokenTree>> {
    let mut out = Vec::new();
    for i in 0..=trees.len() {
        out.push(trees[..i].to_vec());
    }
    for i in 0..trees.len() {
        let mut deleted = trees.to_vec();
        deleted.remove(i);
        out.push(deleted);
        let mut duplicated = trees.to_vec();
        duplicated.insert(i, trees[i].clone());
        out.push(duplicated);
        if i + 1 < trees.len() {
            let mut swapped = trees.to_vec();
            swapped.swap(i, i + 1);
            out.push(swapped);
        }
    }
    out
}

fn regroup(group: &Group, inner: Vec<TokenTree>) -> TokenTree {
    let mut new = Group::new(group.delimiter(), inner.into_iter().collect());
    new.set_span(group.span());
    TokenTree::Group(new)
}

#[test]
fn corpus_is_large_and_valid() {
    assert!(
        CORPUS.len() >= 100,
        "the corpus has {} entries",
        CORPUS.len()
    );
    let empty = expand(quote!((::comp)), Flavor::Sync).to_string();
    assert!(
        empty.contains("compile_error"),
        "an empty body must be an error"
    );
    for source in CORPUS {
        let body: TokenStream = source.parse().unwrap();
        // `comp!` rejects what awaits or has options; everything is `acomp!`.
        let is_async = ["async", "await", "concurrency", "unordered"]
            .iter()
            .any(|word| source.contains(word));
        // `parallel` belongs to `comp!`.
        let flavors: &[Flavor] = if source.contains("parallel") {
            &[Flavor::Sync]
        } else if is_async {
            &[Flavor::Async]
        } else {
            &[Flavor::Sync, Flavor::Async]
        };
        for &flavor in flavors {
            let output = expand(quote!((::comp) #body), flavor);
            let text = output.to_string();
            // A feature gate carries the error it reports when the feature
            // is off (see the runtime's `features`); that one is expected.
            let gates = text.matches("parallel !").count() + text.matches("spawn_tasks !").count();
            assert!(
                text.matches("compile_error").count() == gates,
                "`{source}` should expand in {flavor:?}: {text}"
            );
            // Well-formed Rust: the expansion parses as an expression.
            if let Err(err) = syn::parse2::<syn::Expr>(output) {
                panic!(
                    "`{source}` ({flavor:?}) expands to tokens that do not parse: {err}\n{text}"
                );
            }
        }
    }
}

#[test]
fn mutations_of_the_corpus_never_panic() {
    let mut inputs = 0usize;
    for source in CORPUS {
        for mutation in mutations(&trees(source)) {
            expand_both(mutation.into_iter().collect());
            inputs += 2;
        }
    }
    assert!(inputs > 10_000, "only {inputs} inputs");
}

/// Python's f-strings, whose placeholders the macro reads (`{o.side}`
/// becomes an argument of the `format!` it suggests): well-formed and
/// broken ones alike expand, and the expressions become arguments.
#[test]
fn python_f_strings_never_panic() {
    let strings = [
        r#"f"{o.side} {o.qty:>5} {{x}} {len(xs)} {d['k']!r} {a::B}""#,
        r#"f"{name}: {n}""#,
        r#"f"{unclosed""#,
        r#"f"}{ {(} {x:{w}} {{ {} {x=}""#,
        r#"f"{é.ß} {[1, 2][0]}""#,
        r#"f"{o.side}\\d""#,
    ];
    for string in strings {
        let body: TokenStream = format!("[{string} for o in orders]").parse().unwrap();
        for mutation in mutations(&body.clone().into_iter().collect::<Vec<_>>()) {
            expand_both(mutation.into_iter().collect());
        }
        expand_both(body);
    }
    let body: TokenStream = r#"[f"{o.side} x{o.qty:>5} {o.id!r:>3} {n}" for o in orders]"#
        .parse()
        .unwrap();
    let text = expand(quote!((::comp) #body), Flavor::Sync).to_string();
    assert!(
        text.contains(r#"format ! ("{} x{:>5} {:>3?} {n}" , o . side , o . qty , o . id)"#),
        "{text}"
    );
}

/// Tokens near the grammar, so random streams reach deep into the parser.
fn token() -> impl Strategy<Value = TokenTree> {
    let words = [
        "for",
        "in",
        "if",
        "let",
        "else",
        "async",
        "await",
        "move",
        "x",
        "xs",
        "y",
        "f",
        "Some",
        "and",
        "or",
        "not",
        "lambda",
        "is",
        "concurrency",
        "unordered",
        "return",
        "break",
        "continue",
        "yield",
        "comp",
        "_",
    ];
    let puncts = [
        ":", "=", ";", ",", ".", "?", "!", "|", "&", "*", "+", "-", "<", ">", "::", ":=", "..",
        "=>", "->", "&&", "||", "#",
    ];
    prop_oneof![
        4 => proptest::sample::select(words.to_vec()).prop_map(|w| w.parse::<TokenStream>().unwrap().into_iter().next().unwrap()),
        3 => proptest::sample::select(puncts.to_vec()).prop_map(|p| p.parse::<TokenStream>().unwrap().into_iter().next().unwrap()),
        1 => proptest::sample::select(vec!["0", "1", "2.5", "\"s\"", "'c'"]).prop_map(|l| l.parse::<TokenStream>().unwrap().into_iter().next().unwrap()),
    ]
}

fn stream() -> impl Strategy<Value = TokenStream> {
    let leaf = proptest::collection::vec(token(), 0..12)
        .prop_map(|t| t.into_iter().collect::<TokenStream>());
    leaf.prop_recursive(3, 48, 6, |inner| {
        proptest::collection::vec(
            prop_oneof![
                3 => token().prop_map(TokenStream::from),
                1 => (inner, proptest::sample::select(vec![Delimiter::Parenthesis, Delimiter::Bracket, Delimiter::Brace]))
                    .prop_map(|(s, d)| TokenStream::from(TokenTree::Group(Group::new(d, s)))),
            ],
            0..10,
        )
        .prop_map(|parts| parts.into_iter().collect())
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 50_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// 50,000 random streams, each through both macros: 100,000 inputs.
    #[test]
    fn random_token_streams_never_panic(body in stream()) {
        expand_both(body);
    }
}
