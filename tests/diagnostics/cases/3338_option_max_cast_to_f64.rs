//! mistake: cast the `Option<&u32>` returned by `max()` to `f64` to normalise citations
//! offending: most as f64
//! category: type
use comprehensions::comp;

fn main() {
    let citations: Vec<u32> = vec![500, 120, 12, 0];
    let most = citations.iter().max();
    let normalised = comp![c as f64 / most as f64 for &c in &citations];
    println!("{normalised:?}");
}
