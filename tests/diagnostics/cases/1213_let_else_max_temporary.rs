//! mistake: `let Some(best) = comp![..].iter().max() else { .. }` keeps a reference into the comprehension's `Vec`, a temporary dropped at the end of the `let`
//! offending: comp![s for (_, s) in &scores if *s > 0]
//! category: ownership
use comprehensions::comp;

fn main() {
    let scores = vec![("ann", 3), ("bob", 9)];
    let Some(best) = comp![s for (_, s) in &scores if *s > 0].iter().max() else {
        return;
    };
    println!("{best}");
}
