//! mistake: a closure returning a tuple `i, w` without its parentheses
//! offending: w
//! category: syntax
fn main() {
    let words = vec!["red", "green", "blue"];
    let numbered = words.iter().enumerate().map(|(i, w)| i, w);
    for (i, w) in numbered {
        println!("{i}: {w}");
    }
}
