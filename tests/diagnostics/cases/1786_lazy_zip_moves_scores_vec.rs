//! mistake: `zip(names, scores)` translated as `.zip(scores)`, which moves the `Vec`, then `max(scores)` afterwards
//! offending: scores.iter()
//! category: ownership
use comprehensions::comp;

fn main() {
    let names = vec!["ann", "bob", "cy"];
    let scores = vec![90u32, 75, 82];
    let lines: Vec<String> = comp!((n.to_uppercase() for n in &names))
        .zip(scores)
        .map(|(n, s)| format!("{n:<5}{s:>4}"))
        .collect();
    println!("{}", lines.join("\n"));
    let best = scores.iter().max();
    println!("best: {best:?}");
}
