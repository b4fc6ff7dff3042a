//! mistake: Python's `//` floor division (a comment in Rust) (hand-written)
fn main() {
    let sizes = vec![10, 15, 20];
    let halves: Vec<i32> = sizes.iter().map(|n| n // 2).collect();
    println!("{halves:?}");
}
