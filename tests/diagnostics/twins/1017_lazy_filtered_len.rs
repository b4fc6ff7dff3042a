//! mistake: `len()` of a filtered iterator
//! offending: len
//! category: type
fn main() {
    let words = vec!["alpha", "be", "gamma", "pi"];
    let long = words.iter().filter(|w| w.len() > 2);
    println!("{} long words", long.len());
}
