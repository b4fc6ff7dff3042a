//! mistake: scaling `u8` bytes by 1000 (hand-written)
fn main() {
    let levels: Vec<u8> = vec![1, 2, 3];
    let millis: Vec<u8> = levels.into_iter().map(|b| b * 1000).collect();
    println!("{millis:?}");
}
