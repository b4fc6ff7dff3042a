//! mistake: cast the `Option<&u32>` returned by `max()` to `f64` to normalise citations
//! offending: most as f64
//! category: type
fn main() {
    let citations: Vec<u32> = vec![500, 120, 12, 0];
    let most = citations.iter().max();
    let normalised: Vec<f64> = citations.iter().map(|&c| c as f64 / most as f64).collect();
    println!("{normalised:?}");
}
