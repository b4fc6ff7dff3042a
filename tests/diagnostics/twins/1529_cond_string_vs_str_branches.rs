//! mistake: a conditional element whose branches are a `String` and a `&str`
//! offending: "none"
//! category: type
fn main() {
    let counts = vec![0, 3, 12];
    let labels: Vec<_> = counts
        .into_iter()
        .map(|n| if n > 0 { n.to_string() } else { "none" })
        .collect();
    println!("{labels:?}");
}
