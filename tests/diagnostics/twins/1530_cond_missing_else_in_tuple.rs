//! mistake: a conditional inside a tuple element without its `else`
//! offending: if *n > 100 { "big" }
//! category: syntax
fn main() {
    let sizes = vec![50, 150, 300];
    let tagged: Vec<_> = sizes.iter().map(|n| (n, if *n > 100 { "big" })).collect();
    println!("{tagged:?}");
}
