//! mistake: Python's pow(x, 2) as a free function (Rust: x.pow(2))
fn main() {
    let sides: Vec<u64> = vec![3, 4, 5];
    let areas: Vec<u64> = sides.iter().map(|s| pow(s, 2)).collect();
    println!("{areas:?}");
}
